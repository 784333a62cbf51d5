// @vitest-environment node
/**
 * Server rendering with no DOM at all, as a real server does: a render that
 * touched `window`, `document` or storage would throw here.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SignupDialog } from './SignupDialog';

const consent = { version: '2025-03-letter' };

describe('SignupDialog on the server', () => {
  it('renders closed: only the button, when there is one', () => {
    const html = renderToString(
      <SignupDialog consent={consent} triggers={{ button: true, engagedSeconds: 20, exitIntent: true, scrollDepth: 0.5, endOf: '#comments' }} />,
    );
    expect(typeof window).toBe('undefined');
    expect(html).toMatch(/^<button[^>]*aria-haspopup="dialog"[^>]*aria-expanded="false"[^>]*>Get the newsletter<\/button>$/);
  });

  it('renders nothing for automatic triggers alone', () => {
    expect(renderToString(<SignupDialog consent={consent} triggers={{ engagedSeconds: 20 }} />)).toBe('');
  });
});
