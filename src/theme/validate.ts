/**
 * Token values come from a CMS or a brand file somebody typed by hand. A value that
 * could break out of its declaration (`;`, braces, angle brackets), load something
 * (`url(`), or is simply not the right kind of value is rejected, so the default
 * applies instead. The checks are syntactic on purpose: they run on the server,
 * where `CSS.supports` does not exist.
 */
import { tokenKinds, type TokenGroup } from './tokens';

const unsafe = /[;{}<>\\]|url\s*\(|expression\s*\(|!important|\/\*/i;
const wrapped = /^(var|calc|clamp|min|max|env)\(.+\)$/i;
const colorFunction = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark|var)\(.+\)$/i;
const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const keyword = /^[a-z]+$/i;
const length = /^(0|-?(\d+|\d*\.\d+)(px|rem|em|%|vw|vh|vmin|vmax|dvh|svh|lvh|ch|ex|lh|rlh|cqi|cqw|pt))$/i;
const number = /^-?(\d+|\d*\.\d+)$/;
const integer = /^-?\d+$/;
const time = /^(\d+|\d*\.\d+)m?s$/i;
const easing = /^([a-z-]+|(cubic-bezier|steps|linear)\([^()]+\))$/i;

function balanced(value: string): boolean {
  let depth = 0;
  for (const c of value) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

export type TokenKind = (typeof tokenKinds)[TokenGroup];

/** True when `value` is a safe CSS value of the kind the token group holds. */
export function isValidToken(group: TokenGroup, name: string, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (v === '' || v.length > 400 || unsafe.test(v) || !balanced(v)) return false;
  if (/^var\(--[\w-]+(,.*)?\)$/.test(v)) return true;
  switch (tokenKinds[group]) {
    case 'color':
      return hex.test(v) || colorFunction.test(v) || keyword.test(v);
    case 'length':
      return length.test(v) || wrapped.test(v);
    case 'number':
      return number.test(v) || wrapped.test(v);
    case 'integer':
      return integer.test(v);
    case 'motion':
      return name === 'easing' ? easing.test(v) : time.test(v);
    case 'font':
    case 'shadow':
      return /^[\w\s"',.()#%/+-]+$/.test(v);
  }
}
