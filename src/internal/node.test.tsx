import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { renderable, unrenderable } from './node';

/** A CMS's rich text as it arrives when a host passes it as is. */
const contentfulDocument = { nodeType: 'document', content: [{ nodeType: 'paragraph', content: [] }] };
const portableText = [{ _type: 'block', _key: 'a1', children: [{ _type: 'span', text: 'Hello' }] }];

describe('unrenderable: what React would throw on, told apart from what it renders', () => {
  it('passes text, numbers, nothing, elements and lists of those', () => {
    for (const value of ['Hi', 0, 5, null, undefined, false, true, '', <em key="e">Hi</em>, ['a', <b key="b">b</b>, ['c', 1]]]) {
      expect(unrenderable(value), String(value)).toBe(false);
      expect(() => renderToString(<p>{value as React.ReactNode}</p>)).not.toThrow();
    }
  });

  it('refuses, with a warning, a rich-text document and a list holding one (Portable Text is a list of blocks)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of [contentfulDocument, portableText, ['Intro: ', { text: 'x' }], [['deep', { text: 'x' }]]]) {
      expect(() => renderToString(<p>{value as never}</p>)).toThrow();
      expect(unrenderable(value)).toBe(true);
      expect(renderable(value)).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    warn.mockRestore();
  });

  it('refuses, with a warning, JSON that claims to be an element by a "$$typeof" key: only React’s own symbol makes one, and React throws on the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const forged = JSON.parse('{"$$typeof": "react.element", "type": "p", "props": {}}');
    for (const value of [forged, ['Intro: ', forged]]) {
      expect(() => renderToString(<p>{value as never}</p>)).toThrow();
      expect(unrenderable(value)).toBe(true);
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    warn.mockRestore();
  });
});
