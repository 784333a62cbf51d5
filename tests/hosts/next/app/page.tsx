// A Server Component: no "use client". It uses the server-safe `careerkit/theme`
// entry while rendering, and renders careerkit's client components.
import { Button, Heading, ThemeProvider } from 'careerkit';
import { createBrandTheme, themeNames, vars } from 'careerkit/theme';
import { CopyCounter } from './CopyCounter';

// Render on every request (not prerendered at build time), so the test also proves
// that careerkit loads and server-renders inside `next start` itself.
export const dynamic = 'force-dynamic';

const brand = createBrandTheme({ color: { brand: '#1f5c3a', onBrand: '#ffffff' } });

export default function Page() {
  return (
    <ThemeProvider theme={brand}>
      <main>
        <Heading level={1}>Negotiating a counteroffer without burning bridges</Heading>
        <p data-testid="lede" style={{ color: vars.color.textMuted }}>
          Thank your manager, restate what would make you stay, and put a date on your decision.
        </p>
        <Button>Save this script</Button>
        <CopyCounter />
        <h2>Built-in themes</h2>
        <ul data-testid="theme-names">
          {themeNames.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        <p data-testid="brand-rejected">{`Rejected brand tokens: ${brand.rejected.length}`}</p>
      </main>
    </ThemeProvider>
  );
}
