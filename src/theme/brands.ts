/*
 * The built-in themes as plain data. `default` is neutral and quiet; `newsprint`
 * is a serif column on warm paper; `jobboard` is a bright, rounded job-site look.
 * Every text/background pair here meets WCAG AA (4.5:1 for text, 3:1 for borders
 * that carry meaning); the Storybook axe run checks it in every story.
 *
 * `surfaceAccent` (the script callout's background) is a plum of its own in
 * every theme, not a tint of the brand: `brandSoft` is the important callout's,
 * and two tints of one brand hue read as one colour (CIEDE2000 2 to 7 apart).
 *
 * The important callout wears the brand, and each brand's hue sits next to a
 * tone's: the default's indigo by info's blue, newsprint's oxblood by critical's
 * red, jobboard's teal by positive's green. So info is a cyan blue in the
 * default theme, jobboard's positive a leaf green, and newsprint's critical a
 * brighter red (lighter still in dark) on a paler tint than the deeper rose of
 * its `brandSoft`. brands.test.ts holds every pair of callout tones apart.
 */
import type { ThemeName } from './names';
import type { ThemeDefinition, ThemeTokens } from './tokens';

const systemSans =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const systemSerif = 'Georgia, "Iowan Old Style", "Palatino Linotype", Palatino, "Times New Roman", serif';
const systemMono = 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace';

const sizes: ThemeTokens['size'] = {
  readingWidth: '42rem',
  control: '2.75rem',
  controlSmall: '2rem',
  dialogSmall: '24rem',
  dialogMedium: '32rem',
  dialogLarge: '44rem',
};

const shared: Omit<ThemeTokens, 'color' | 'font' | 'radius' | 'shadow'> = {
  fontSize: { xs: '0.75rem', sm: '0.875rem', md: '1rem', lg: '1.25rem', xl: '1.5rem', xxl: '2rem' },
  fontWeight: { regular: '400', medium: '500', bold: '700' },
  lineHeight: { tight: '1.25', normal: '1.5', relaxed: '1.7' },
  space: { xxs: '0.25rem', xs: '0.5rem', sm: '0.75rem', md: '1rem', lg: '1.5rem', xl: '2rem', xxl: '3rem' },
  borderWidth: { thin: '1px', thick: '3px', focus: '2px' },
  size: sizes,
  motion: { durationFast: '120ms', durationSlow: '240ms', easing: 'cubic-bezier(0.2, 0, 0, 1)' },
  zIndex: { overlay: '1000', dialog: '1001' },
};

export const defaultTheme: ThemeDefinition = {
  light: {
    ...shared,
    color: {
      page: '#ffffff',
      surface: '#ffffff',
      surfaceMuted: '#f4f5f7',
      surfaceAccent: '#f6e4fa',
      text: '#1b1d23',
      textMuted: '#545964',
      textInverse: '#ffffff',
      brand: '#3446c7',
      onBrand: '#ffffff',
      brandSoft: '#e8ebfb',
      onBrandSoft: '#1f2a80',
      link: '#2d3db0',
      linkHover: '#1f2a80',
      border: '#d5d8de',
      borderStrong: '#7d828c',
      focusRing: '#3446c7',
      positive: '#17663a',
      positiveSoft: '#e6f4ec',
      critical: '#b3261e',
      criticalSoft: '#fdecea',
      info: '#006787',
      infoSoft: '#e2f3fc',
      caution: '#8a5300',
      cautionSoft: '#fdf3e1',
      overlay: 'rgb(15 17 23 / 0.6)',
    },
    font: { body: systemSans, heading: systemSans, script: systemSerif, mono: systemMono },
    radius: { sm: '4px', md: '8px', lg: '12px', full: '9999px' },
    shadow: {
      sm: '0 1px 2px rgb(15 17 23 / 0.08)',
      md: '0 4px 12px rgb(15 17 23 / 0.12)',
      lg: '0 16px 40px rgb(15 17 23 / 0.2)',
    },
  },
  dark: {
    color: {
      page: '#121418',
      surface: '#1b1e24',
      surfaceMuted: '#242830',
      surfaceAccent: '#2d1e30',
      text: '#eceef2',
      textMuted: '#a9afba',
      textInverse: '#121418',
      brand: '#8f9cff',
      onBrand: '#0f1330',
      brandSoft: '#262c57',
      onBrandSoft: '#d5daff',
      link: '#a6b1ff',
      linkHover: '#c9cfff',
      border: '#363b45',
      borderStrong: '#7c8390',
      focusRing: '#a6b1ff',
      positive: '#6fd39b',
      positiveSoft: '#163424',
      critical: '#ff8a80',
      criticalSoft: '#3d1b19',
      info: '#5ec2eb',
      infoSoft: '#0c2d3a',
      caution: '#f2b65a',
      cautionSoft: '#3a2a10',
      overlay: 'rgb(0 0 0 / 0.7)',
    },
    shadow: {
      sm: '0 1px 2px rgb(0 0 0 / 0.4)',
      md: '0 4px 12px rgb(0 0 0 / 0.5)',
      lg: '0 16px 40px rgb(0 0 0 / 0.6)',
    },
  },
};

export const newsprintTheme: ThemeDefinition = {
  light: {
    ...shared,
    fontSize: { xs: '0.8125rem', sm: '0.9375rem', md: '1.0625rem', lg: '1.3125rem', xl: '1.625rem', xxl: '2.25rem' },
    lineHeight: { tight: '1.2', normal: '1.55', relaxed: '1.75' },
    size: { ...sizes, readingWidth: '38rem' },
    color: {
      page: '#f7f3ea',
      surface: '#fffdf8',
      surfaceMuted: '#efe8d8',
      surfaceAccent: '#f6e5f4',
      text: '#1d1a16',
      textMuted: '#574e44',
      textInverse: '#fffdf8',
      brand: '#8c1d18',
      onBrand: '#fffdf8',
      brandSoft: '#f1c9c9',
      onBrandSoft: '#5e120f',
      link: '#7a1a15',
      linkHover: '#4f0f0c',
      border: '#cfc4b0',
      borderStrong: '#7d7363',
      focusRing: '#1d4e89',
      positive: '#2f5d1e',
      positiveSoft: '#e4eedb',
      critical: '#c1291f',
      criticalSoft: '#f6dfdb',
      info: '#1d4e89',
      infoSoft: '#e0e8f2',
      caution: '#74470a',
      cautionSoft: '#f5e7cc',
      overlay: 'rgb(29 26 22 / 0.6)',
    },
    font: {
      body: systemSerif,
      heading: '"Playfair Display", "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif',
      script: '"Courier Prime", "Courier New", Courier, ui-monospace, monospace',
      mono: systemMono,
    },
    radius: { sm: '0px', md: '2px', lg: '4px', full: '9999px' },
    shadow: { sm: 'none', md: '0 1px 0 rgb(29 26 22 / 0.15)', lg: '0 10px 30px rgb(29 26 22 / 0.25)' },
  },
  dark: {
    color: {
      page: '#1a1714',
      surface: '#221e1a',
      surfaceMuted: '#2c2722',
      surfaceAccent: '#2f1c33',
      text: '#ede6da',
      textMuted: '#b7ad9e',
      textInverse: '#1a1714',
      brand: '#e8877c',
      onBrand: '#1a1714',
      brandSoft: '#5c332f',
      onBrandSoft: '#f6cfc9',
      link: '#f0a196',
      linkHover: '#f8c6bf',
      border: '#463f37',
      borderStrong: '#93887a',
      focusRing: '#8fb6e8',
      positive: '#9fd08a',
      positiveSoft: '#22311b',
      critical: '#fbb7af',
      criticalSoft: '#3f1f1b',
      info: '#8fb6e8',
      infoSoft: '#1c2a3a',
      caution: '#e6bb6e',
      cautionSoft: '#3a2c14',
      overlay: 'rgb(0 0 0 / 0.7)',
    },
    shadow: { sm: 'none', md: '0 1px 0 rgb(0 0 0 / 0.5)', lg: '0 10px 30px rgb(0 0 0 / 0.6)' },
  },
};

export const jobboardTheme: ThemeDefinition = {
  light: {
    ...shared,
    space: { xxs: '0.25rem', xs: '0.5rem', sm: '0.875rem', md: '1.125rem', lg: '1.75rem', xl: '2.5rem', xxl: '3.5rem' },
    fontWeight: { regular: '400', medium: '600', bold: '800' },
    color: {
      page: '#f5f7fb',
      surface: '#ffffff',
      surfaceMuted: '#eef2f8',
      surfaceAccent: '#f1e6fb',
      text: '#0f1b2d',
      textMuted: '#4a5568',
      textInverse: '#ffffff',
      brand: '#08705f',
      onBrand: '#ffffff',
      brandSoft: '#d7f2ed',
      onBrandSoft: '#064d44',
      link: '#0b5cad',
      linkHover: '#08437f',
      border: '#d9e0ea',
      borderStrong: '#748199',
      focusRing: '#0b5cad',
      positive: '#316a23',
      positiveSoft: '#e5f4dd',
      critical: '#b42318',
      criticalSoft: '#fde8e6',
      info: '#0b5cad',
      infoSoft: '#e3effc',
      caution: '#8a4b00',
      cautionSoft: '#fff1dc',
      overlay: 'rgb(15 27 45 / 0.55)',
    },
    font: {
      body: `Inter, ${systemSans}`,
      heading: `"Inter Tight", Inter, ${systemSans}`,
      script: `ui-rounded, "SF Pro Rounded", "Nunito", ${systemSans}`,
      mono: systemMono,
    },
    radius: { sm: '8px', md: '12px', lg: '20px', full: '9999px' },
    shadow: {
      sm: '0 1px 3px rgb(15 27 45 / 0.1)',
      md: '0 8px 24px rgb(15 27 45 / 0.12)',
      lg: '0 24px 48px rgb(15 27 45 / 0.2)',
    },
  },
  dark: {
    color: {
      page: '#0b1220',
      surface: '#111a2b',
      surfaceMuted: '#18233a',
      surfaceAccent: '#342038',
      text: '#e6edf7',
      textMuted: '#a3b3ca',
      textInverse: '#0b1220',
      brand: '#3fd1b8',
      onBrand: '#04231e',
      brandSoft: '#123a34',
      onBrandSoft: '#bff3ea',
      link: '#82bcff',
      linkHover: '#b5d7ff',
      border: '#26344f',
      borderStrong: '#70819d',
      focusRing: '#82bcff',
      positive: '#8ddc7c',
      positiveSoft: '#1f3118',
      critical: '#ff9185',
      criticalSoft: '#3b1714',
      info: '#82bcff',
      infoSoft: '#142742',
      caution: '#f5bd5f',
      cautionSoft: '#36270e',
      overlay: 'rgb(0 0 0 / 0.7)',
    },
    shadow: {
      sm: '0 1px 3px rgb(0 0 0 / 0.5)',
      md: '0 8px 24px rgb(0 0 0 / 0.5)',
      lg: '0 24px 48px rgb(0 0 0 / 0.6)',
    },
  },
};

export const themes: Record<ThemeName, ThemeDefinition> = {
  default: defaultTheme,
  newsprint: newsprintTheme,
  jobboard: jobboardTheme,
};
