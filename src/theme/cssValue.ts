/**
 * Whether a token value is safe to put in a declaration: text that cannot break
 * out of it (`;`, braces, angle brackets), load something (`url(`, or `image-set(`
 * with the URL as a string), or leave a string or bracket open. createBrandTheme
 * checks every value with it, and so does ThemeProvider, which may be handed a
 * brand a CMS stored and somebody edited.
 */
// Any `!`: `! important`, spaced, still makes the declaration important.
const unsafe = /[;{}<>\\!]|(url|image-set)\s*\(|expression\s*\(|\/\*/i;

/**
 * Brackets balance and every string closes on its line. An open string (`"Georgia`,
 * `rgb(")`) would run on through the declarations after it, in a style attribute
 * and in `brandThemeCss` output alike, taking the rest of the brand with it.
 */
function balanced(value: string): boolean {
  let depth = 0;
  let quote = '';
  for (const c of value) {
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\n' || c === '\r' || c === '\f') return false;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quote;
}

export function isSafeCssValue(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return v !== '' && v.length <= 400 && !unsafe.test(v) && balanced(v);
}
