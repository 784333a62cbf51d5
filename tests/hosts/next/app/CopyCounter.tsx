'use client';

import { useEffect, useState } from 'react';
import { Button } from 'careerkit';

/** Proves hydration: the click handler only exists once React has hydrated. */
export function CopyCounter() {
  const [copies, setCopies] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <p data-hydrated={hydrated ? 'true' : 'false'}>
      <Button tone="secondary" onClick={() => setCopies((n) => n + 1)}>
        Copy the counteroffer script
      </Button>{' '}
      <span data-testid="copy-status">{copies === 0 ? 'Not copied yet' : `Copied ${copies} time${copies === 1 ? '' : 's'}`}</span>
    </p>
  );
}
