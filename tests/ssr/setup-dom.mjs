// Loaded with `node --import` before React, which decides at load time whether a
// DOM exists. Every DOM class comes from jsdom (Node's own Event and EventTarget
// would be rejected by jsdom's dispatchEvent), plus the window-level functions.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://127.0.0.1/',
  pretendToBeVisual: true,
});
const { window } = dom;
const define = (key, value) =>
  Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });

for (const key of Object.getOwnPropertyNames(window)) {
  if (/^[A-Z]/.test(key) && typeof window[key] === 'function') define(key, window[key]);
}
for (const key of ['window', 'document', 'navigator', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'matchMedia']) {
  const value = key === 'window' ? window : window[key];
  if (value !== undefined) define(key, typeof value === 'function' ? value.bind(window) : value);
}
