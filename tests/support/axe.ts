/**
 * axe-core in jsdom. Colour contrast needs real layout, so it is checked in the
 * Chromium story runs instead; `region` (all content inside landmarks) is a
 * page-level rule that a component rendered alone cannot meet. Every other rule
 * runs here.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const results = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
