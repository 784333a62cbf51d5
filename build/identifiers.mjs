/**
 * One naming rule for class names, shared by the tsup build, Vitest and
 * Storybook, so a class is `ck-Button` everywhere and stays the same across
 * builds. Every careerkit style passes a debug id; anything without one falls
 * back to a hash so it can never collide.
 */
export function identifiers({ hash, debugId }) {
  return debugId ? `ck-${debugId.replace(/[^A-Za-z0-9_-]/g, '-')}` : `ck-${hash}`;
}
