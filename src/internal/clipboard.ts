/**
 * Copying that never fails silently. `navigator.clipboard.writeText` must run
 * inside the click that asked for it; where the browser refuses (an insecure
 * page, a denied permission, an old browser), the text is selected on screen
 * so the reader can press Ctrl/⌘+C, and the caller says so. The deprecated
 * `execCommand('copy')` is deliberately not used.
 */
export type CopyOutcome = 'copied' | 'selected';

export async function copyText(text: string, fallbackElement: Element | null): Promise<CopyOutcome> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // Refused (permission denied, permissions policy, document not focused): select instead.
    }
  }
  // Selects the text inside the element, as a reader would with the mouse (replacing any selection).
  if (fallbackElement) window.getSelection()?.selectAllChildren(fallbackElement);
  return 'selected';
}

/** The modifier key the reader's platform uses for copy. */
export function copyShortcut(): string {
  return /Mac|iP/.test(navigator.platform) ? '⌘+C' : 'Ctrl+C';
}
