import type { ReactNode } from 'react';
import { createBrandTheme } from 'careerkit/theme';
import 'careerkit/styles.css';
import '@hiring-desk/shared/site.css';

export const metadata = {
  title: 'The Hiring Desk',
  // An explicit icon, so the browser does not ask for a missing /favicon.ico.
  icons: { icon: 'data:,' },
};

/**
 * The Hiring Desk's brand: careerkit's default theme in its own green, light
 * and dark. createBrandTheme validates every value on the server and returns
 * attributes to spread, so the first paint is already branded.
 */
const brand = createBrandTheme({
  color: { brand: '#1f5c3a', onBrand: '#ffffff', link: '#1f5c3a' },
  font: { heading: 'Georgia, "Times New Roman", serif' },
  dark: { color: { brand: '#8fd1a8', onBrand: '#0d2616', link: '#8fd1a8' } },
});

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      {/* Dialogs portal into <body>, so they carry the brand too. */}
      <body {...brand.props} data-ck-scheme="system">
        <div className="site">{children}</div>
      </body>
    </html>
  );
}
