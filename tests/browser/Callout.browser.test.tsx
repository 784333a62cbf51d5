/** Callout icons in real CSS: each tone keeps its own shape in every theme, not only its own colour. */
import * as React from 'react';
import { render } from 'vitest-browser-react';
import { describe, expect, it } from 'vitest';
import { Callout, ThemeProvider } from '../../src';
import { themes } from '../../src/theme';
import './support';

describe('Callout icons', () => {
  for (const theme of Object.keys(themes) as (keyof typeof themes)[]) {
    it(`in ${theme}, draws warning and caution in a square and important in a circle, so the two "!" icons differ in shape`, async () => {
      await render(
        <ThemeProvider theme={theme}>
          {(['important', 'warning', 'caution'] as const).map((tone) => (
            <Callout key={tone} tone={tone} title={tone} data-testid={tone} />
          ))}
        </ThemeProvider>,
      );
      // The radius as a share of the icon's width: 0.5 is a circle.
      const roundness = (tone: string) => {
        const icon = document.querySelector(`[data-testid="${tone}"] [aria-hidden="true"]`)!;
        const style = getComputedStyle(icon);
        return parseFloat(style.borderTopLeftRadius) / parseFloat(style.width);
      };
      expect(roundness('important')).toBeGreaterThanOrEqual(0.5);
      expect(roundness('warning')).toBeLessThanOrEqual(0.15);
      expect(roundness('caution')).toBeLessThanOrEqual(0.15);
    });
  }
});
