import { warnOnce } from './dev';
import { wellFormed } from './text';

/**
 * True, with a development warning, for an object React cannot render, or a
 * list holding one: a CMS's rich-text document (or Portable Text's list of
 * blocks) where text or nodes belong. Rendering it would throw and take the
 * whole page with it.
 */
export function unrenderable(value: unknown): boolean {
  // A list is as good as its items: Portable Text is a list of block objects.
  if (Array.isArray(value)) return value.some(unrenderable);
  // An element's `$$typeof` is React's symbol, which JSON cannot hold: a CMS's `"$$typeof"` key makes none.
  if (typeof value == 'object' && value && typeof (value as { $$typeof?: unknown }).$$typeof != 'symbol' && !(Symbol.iterator in value)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('A text field holds an object that is neither text nor React nodes (a rich-text document?); it is not shown.');
    return true;
  }
  return false;
}

/**
 * `value` (text made well-formed: see `wellFormed`), or undefined for a boolean
 * (React renders none: an empty heading or link), NaN (a CMS's failed number:
 * React prints "NaN" and complains) or, with the warning above, an object React
 * cannot render.
 */
export const renderable = <T,>(value: T): T | undefined =>
  typeof value == 'string'
    ? (wellFormed(value) as T)
    : typeof value == 'boolean' || value !== value || unrenderable(value)
      ? undefined
      : Array.isArray(value)
        ? (value.map(renderable) as T)
        : value;

/**
 * A CMS object's fields, to spread as props: React would take a field named
 * `key` or `ref` (a slug, a reference number) as the element's own, warning
 * about it, and a `ref` that is text throws; where the fields reach an element
 * (a script block's), `dangerouslySetInnerHTML` would be markup (it throws
 * beside children) and a `style` that is text (`"formal"`) throws.
 */
export const cmsProps = <T,>({
  key: _key,
  ref: _ref,
  dangerouslySetInnerHTML: _html,
  ...fields
}: T & { key?: unknown; ref?: unknown; dangerouslySetInnerHTML?: unknown }): T => {
  if (typeof (fields as { style?: unknown }).style != 'object') delete (fields as { style?: unknown }).style;
  return fields as T;
};
