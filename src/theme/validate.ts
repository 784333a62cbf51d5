/**
 * Token values come from a CMS or a brand file somebody typed by hand. A value that
 * could break out of its declaration (`;`, braces, angle brackets), load something
 * (`url(`), or is simply not the right kind of value is rejected, so the default
 * applies instead. The checks are syntactic on purpose: they run on the server,
 * where `CSS.supports` does not exist.
 */
import { isSafeCssValue } from './cssValue';
import { tokenKinds, type TokenGroup } from './tokens';

const wrapped = /^(var|calc|clamp|min|max|env)\(.+\)$/i;
const colorFunction = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark|var)\(.+\)$/i;
const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/**
 * The CSS named colours, system colours and global keywords. A misspelt name
 * ("navyblue") would otherwise pass and make every brand surface transparent.
 */
const colorKeywords = new Set(
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent currentcolor canvas canvastext linktext buttonface buttontext field fieldtext highlight highlighttext graytext mark marktext accentcolor accentcolortext inherit initial unset revert'.split(' '),
);
const length = /^(0|-?(\d+|\d*\.\d+)(px|rem|em|%|vw|vh|vmin|vmax|dvh|svh|lvh|ch|ex|lh|rlh|cqi|cqw|pt))$/i;
const number = /^-?(\d+|\d*\.\d+)$/;
const integer = /^-?\d+$/;
const time = /^(\d+|\d*\.\d+)m?s$/i;
const easing = /^([a-z-]+|(cubic-bezier|steps|linear)\([^()]+\))$/i;

export type TokenKind = (typeof tokenKinds)[TokenGroup];

/** True when `value` is a safe CSS value of the kind the token group holds. */
export function isValidToken(group: TokenGroup, name: string, value: unknown): value is string {
  if (!isSafeCssValue(value)) return false;
  const v = value.trim();
  if (/^var\(--[\w-]+(,.*)?\)$/.test(v)) return true;
  switch (tokenKinds[group]) {
    case 'color':
      return hex.test(v) || colorFunction.test(v) || colorKeywords.has(v.toLowerCase());
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
