/**
 * Story tests fail on any console error (React warnings, failed requests, Radix
 * accessibility warnings), not only on thrown exceptions or axe violations.
 */
import { afterEach, beforeEach } from 'vitest';

let errors: string[] = [];
const original = console.error;

beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (errors.length > 0) throw new Error(`console.error was called:\n${errors.join('\n')}`);
});
