/**
 * Text as the reader's browser will parse it. The server sends UTF-8, in which
 * half an emoji (a lone surrogate, left by a CMS that cut text by length)
 * arrives as U+FFFD, and the HTML parser drops NUL. Hydration then finds other
 * text than the browser renders, and React throws the server's HTML away, with
 * anything the reader typed into it. U+FFFD for both, on the server and in the
 * browser alike: the character browsers show for broken text anyway.
 */
export const wellFormed = (text: string): string => text.replace(/\0|\p{Cs}/gu, '\ufffd');
