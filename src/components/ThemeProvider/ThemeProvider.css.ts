import { vars } from '../../theme/contract.css';
import { ckGlobalStyle, ckStyle } from '../../styles/layer.css';

/** The provider sets the reading defaults every widget inherits. */
export const root = ckStyle(
  {
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.md,
    lineHeight: vars.lineHeight.normal,
    colorScheme: 'light',
    WebkitTextSizeAdjust: '100%',
  },
  'ThemeProvider',
);

/** Native controls and scrollbars follow the scheme too. */
ckGlobalStyle('[data-ck-scheme="dark"], .ck-scheme-dark', { colorScheme: 'dark' });
ckGlobalStyle('[data-ck-scheme="system"], .ck-scheme-system', { colorScheme: 'light dark' });
