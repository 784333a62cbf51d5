/**
 * Toolbar values, in one place: the preview's toolbars and the story test modes
 * read the same lists the library exports.
 */
import { colorSchemes, themeNames } from '../src/theme/names';

export const themeItems = themeNames;
export const schemeItems = colorSchemes.filter((s) => s !== 'system');
export const directionItems = ['ltr', 'rtl'] as const;
export const localeItems = ['en-US', 'en-GB', 'fr-FR', 'ar-EG'] as const;

declare const __CK_TEST_GLOBALS__: { theme: string; scheme: string; dir: string } | undefined;

/** The story tests start each mode from different globals; Storybook starts from the defaults. */
export const initialGlobals = {
  theme: 'default',
  scheme: 'light',
  dir: 'ltr',
  locale: 'en-US',
  ...(typeof __CK_TEST_GLOBALS__ !== 'undefined' ? __CK_TEST_GLOBALS__ : {}),
};
