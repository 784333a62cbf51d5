/**
 * Unit-test ground rules: jest-dom matchers, a clean DOM after each test, and
 * `console.error` fails the test (React reports hydration mismatches, missing
 * keys and act() misuse there).
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetWarnings } from '../../src/internal/dev';

let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  resetWarnings();
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const message = errors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`console.error was called:\n${message}`);
  }
});
