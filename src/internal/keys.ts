/**
 * Whether a key press belongs to an input method's composition (Japanese,
 * Chinese, Korean…): there Escape drops the candidate and Enter commits it, so
 * they must not cancel, close or send. Safari sends the keydown just after the
 * composition ends with key code 229 and `isComposing` false.
 */
export const composing = (event: KeyboardEvent): boolean => event.isComposing || event.keyCode == 229;
