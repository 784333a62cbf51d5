import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { ssrCases } from './cases';
import { renderAndHydrate } from './harness';

describe('server rendering (React 19, StrictMode)', () => {
  it(`runs React ${React.version}`, () => {
    expect(React.version.startsWith('19.')).toBe(true);
  });

  describe.each(ssrCases)('given $name', (ssrCase) => {
    it('renders on the server and hydrates without a warning', async () => {
      const result = await renderAndHydrate(ssrCase, React.act as never);
      expect(result.containsText).toBe(true);
      expect(result.problems).toEqual([]);
    });
  });
});
