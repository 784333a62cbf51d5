/**
 * One small, decorative icon per tone (`aria-hidden`: the tone is also said in
 * words). Drawn with `currentColor`, so they follow the tone and forced colours.
 */
import * as React from 'react';
import type { CalloutTone } from './Callout';

const paths: Record<CalloutTone, string> = {
  note: 'M12 2a10 10 0 100 20 10 10 0 000-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
  tip: 'M9 21h6v-1H9v1zm3-19a7 7 0 00-4 12.7V17h8v-2.3A7 7 0 0012 2z',
  important: 'M12 2a10 10 0 100 20 10 10 0 000-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  caution: 'M15.7 3H8.3L3 8.3v7.4L8.3 21h7.4l5.3-5.3V8.3L15.7 3zM13 17h-2v-2h2v2zm0-4h-2V7h2v6z',
  script: 'M4 4h16a2 2 0 012 2v10a2 2 0 01-2 2H8l-4 4V6a2 2 0 012-2zm3 5v2h10V9H7zm0 4v2h7v-2H7z',
};

export function CalloutIcon({ tone }: { tone: CalloutTone }) {
  return (
    <svg viewBox="0 0 24 24" width="100%" height="100%" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={paths[tone]} />
    </svg>
  );
}
