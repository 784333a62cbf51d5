import { describe, expect, it } from 'vitest';
import { shown } from './dev';

describe('shown (how a development warning names a value)', () => {
  it('quotes text and prints other primitives as they are', () => {
    expect(shown('5')).toBe('"5"');
    expect([5, NaN, -1, true, null, undefined, 10n].map(shown)).toEqual(['5', 'NaN', '-1', 'true', 'null', 'undefined', '10']);
    expect(shown(Symbol('s'))).toBe('Symbol(s)');
  });

  it('names any object "an object", without calling the toString a JSON object may hold (String() would throw)', () => {
    const hostile = JSON.parse('{"toString": "x", "valueOf": "y"}');
    expect(() => String(hostile)).toThrow();
    expect([hostile, [hostile], { nodeType: 'document' }, Object.create(null)].map(shown)).toEqual(Array(4).fill('an object'));
  });
});
