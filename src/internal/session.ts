/**
 * What a reader typed, kept in sessionStorage under a key the host chose, so it
 * outlives the widget (a reload, a modal closing, a page visited and left).
 * Storage may be blocked (private modes, sandboxed frames, a full quota): that
 * throws, and means "not kept", never a broken widget.
 */

/** Read (no value), write, or remove (null) under `key`; no key, or blocked storage: nothing kept, null read. */
export function session(key: string | undefined, value?: string | null): string | null {
  try {
    if (key && value === undefined) return sessionStorage.getItem(key);
    if (key) value === null ? sessionStorage.removeItem(key) : sessionStorage.setItem(key, value!);
  } catch {
    // Not kept; the field still holds what was typed.
  }
  return null;
}
