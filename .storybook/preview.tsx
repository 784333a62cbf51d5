import * as React from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { MessagesProvider, ThemeProvider } from '../src';
import type { ColorScheme, ThemeName } from '../src/theme';
import { directionItems, initialGlobals, localeItems, schemeItems, themeItems } from './modes';
import './preview.css';

/**
 * Every story renders inside a ThemeProvider driven by the toolbar, on the
 * theme's page colour, with the document's `dir` and `lang` set as a host would,
 * and inside a MessagesProvider with the toolbar's locale: widgets without a
 * `locale` of their own format dates, numbers and plurals in it.
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
      <MessagesProvider locale={locale}>
        <Story />
      </MessagesProvider>
    </ThemeProvider>
  );
};

/**
 * Controls that work on a ReactNode prop. An arg that holds a React element
 * (`children: <p>…</p>`, a `comments` slot) gets no control: the object
 * control would show the element as JSON, and opening that JSON to edit it
 * hands the component a plain object instead of an element, so React throws
 * and the story is replaced by an error. A ReactNode prop holding text (a
 * title, a lead-in) gets a text box: the object control would take only JSON,
 * and plain words typed there (no quotes) would be dropped without a sign.
 */
const reactNodeControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes, initialArgs }) => {
  const result = { ...argTypes };
  for (const name of new Set([...Object.keys(initialArgs), ...Object.keys(argTypes)])) {
    const value = initialArgs[name];
    const argType = result[name];
    if (React.isValidElement(value)) {
      result[name] = { name, ...argType, control: false };
    } else if (
      argType?.control === undefined &&
      argType?.type?.name === 'other' &&
      argType.type.value === 'ReactNode' &&
      (value === undefined || typeof value === 'string')
    ) {
      result[name] = { ...argType, control: { type: 'text' } };
    }
  }
  return result;
};

const preview: Preview = {
  decorators: [withTheme],
  argTypesEnhancers: [reactNodeControls],
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
