export { ThemeProvider, useThemeScope, type ThemeProviderProps, type ThemeScope } from './ThemeProvider';
