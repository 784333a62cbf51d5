import type { ReactNode } from 'react';
import 'careerkit/styles.css';

export const metadata = {
  title: 'careerkit host: Next.js App Router',
  // An explicit icon, so the browser does not ask for a missing /favicon.ico.
  icons: { icon: 'data:,' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
