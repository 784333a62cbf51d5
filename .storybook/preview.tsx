import * as React from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { ThemeProvider } from '../src';
import type { ColorScheme, ThemeName } from '../src/theme';
import { directionItems, initialGlobals, localeItems, schemeItems, themeItems } from './modes';
import './preview.css';

/**
 * Every story renders inside a ThemeProvider driven by the toolbar, on the
 * theme's page colour, with the document's `dir` and `lang` set as a host would.
 */
const withTheme: Decorator = (Story, context) => {
  const { theme, scheme, dir, locale } = context.globals as Record<string, string>;
  // Not on a docs page: its prose is English and left to right, and one
  // right-to-left story there would flip the whole page. The ThemeProvider
  // below gives each story its own `dir` and `lang`.
  const page = context.viewMode !== 'docs';
  React.useEffect(() => {
    if (!page) return;
    document.documentElement.dir = dir ?? 'ltr';
    document.documentElement.lang = locale ?? 'en-US';
  }, [page, dir, locale]);
  return (
    <ThemeProvider
      theme={theme as ThemeName}
      scheme={scheme as ColorScheme}
      dir={dir as 'ltr' | 'rtl'}
      className="sb-careerkit-canvas"
      lang={locale}
    >
      <Story />
    </ThemeProvider>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  initialGlobals,
  globalTypes: {
    theme: {
      description: 'careerkit theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themeItems], dynamicTitle: true },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: { title: 'Scheme', icon: 'contrast', items: [...schemeItems], dynamicTitle: true },
    },
    dir: {
      description: 'Writing direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: [...directionItems], dynamicTitle: true },
    },
    locale: {
      description: 'Locale for dates, numbers and plurals',
      toolbar: { title: 'Locale', icon: 'globe', items: [...localeItems], dynamicTitle: true },
    },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { codePanel: true },
    options: { storySort: { order: ['Introduction', 'Theming', 'Foundations', 'Widgets'] } },
  },
  tags: ['autodocs'],
};

export default preview;
