/**
 * Size budgets, enforced: what each widget adds to a host bundle that already holds
 * React (esbuild, minified) must stay within size-budgets.json. A widget a host does not
 * import must cost it nothing: the small widgets never pull in the dialog.
 */
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { measure, readBudgets } from '../../scripts/size.mjs';
import { packOnce } from './pack';

interface Row {
  kind: 'js' | 'css';
  name: string;
  min: number;
  gzip: number;
}

let rows: Row[];
let budgets: Record<'js' | 'css', Record<string, number>>;

beforeAll(async () => {
  await packOnce();
  rows = await measure();
  budgets = await readBudgets();
  console.table(rows.map((r) => ({ ...r, budget: budgets[r.kind][r.name] })));
});

describe('size budgets (min+gzip)', () => {
  it('has a budget for everything it measures', () => {
    for (const row of rows) expect(budgets[row.kind][row.name], row.name).toBeTypeOf('number');
  });

  it('keeps every widget and the CSS within its budget', () => {
    const over = rows
      .filter((row) => row.gzip > budgets[row.kind][row.name]!)
      .map((row) => `${row.name}: ${row.gzip} B > ${budgets[row.kind][row.name]} B`);
    expect(over).toEqual([]);
  });

  it('charges a host nothing for widgets it does not import', () => {
    const gzip = (name: string) => rows.find((row) => row.name === name)!.gzip;
    // Radix Dialog alone is several kilobytes; none of the small widgets may carry it.
    for (const name of ['Heading', 'TextField', 'Announcer', 'VisuallyHidden', 'ThemeProvider']) {
      expect(gzip(name), name).toBeLessThan(gzip('Dialog') / 5);
    }
  });
});
