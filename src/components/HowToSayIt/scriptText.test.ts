import { describe, expect, it } from 'vitest';
import {
  buildMailto,
  estimateLines,
  fillPlaceholders,
  findPlaceholders,
  mailtoLimit,
  normalizeScript,
  splitParagraphs,
  tokenizeLine,
} from './scriptText';

describe('normalizeScript', () => {
  it('turns no-break and other odd spaces into plain spaces', () => {
    expect(normalizeScript('Dear\u00A0Ms\u202FLee,\u2009thank\tyou')).toBe('Dear Ms Lee, thank you');
  });

  it('drops zero-width spaces, word joiners, byte-order marks and soft hyphens', () => {
    expect(normalizeScript('\uFEFFI\u200B am\u2060 sorry, it was unpro\u00ADfessional.')).toBe(
      'I am sorry, it was unprofessional.',
    );
  });

  it('keeps joiners that emoji and Persian words need, drops stray ones', () => {
    expect(normalizeScript('Thanks 👩\u200D💻 team')).toBe('Thanks 👩\u200D💻 team');
    expect(normalizeScript('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(normalizeScript('sor\u200Dry \u200Cnow')).toBe('sorry now');
  });

  it('drops joiners at the start and end of a line inside the script, keeping the line breaks', () => {
    expect(normalizeScript('سلام\u200D\nمی\u200Cخواهم\n\u200Cبله')).toBe('سلام\nمی\u200Cخواهم\nبله');
  });

  it('keeps a run of 40,000 joiners between two letters in linear time, not seconds', () => {
    const text = `é${'\u200D'.repeat(40_000)}é`;
    const start = performance.now();
    expect(normalizeScript(text)).toBe(text);
    expect(normalizeScript(`${text} now`)).toBe(`${text} now`);
    expect(normalizeScript(`é${'\u200D'.repeat(40_000)} now`)).toBe('é now');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('keeps curly quotes, emoji and Arabic as they are', () => {
    const text = '“I’m sorry” 🙏 — شكراً لك';
    expect(normalizeScript(text)).toBe(text);
  });

  it('keeps paragraph breaks, collapses runs of blank lines and trailing spaces', () => {
    expect(normalizeScript('  First line.  \r\nSecond  line.\r\n\r\n\r\n\r\nNext paragraph.  ')).toBe(
      'First line.\nSecond line.\n\nNext paragraph.',
    );
  });

  it('returns an empty string for whitespace and invisible characters only', () => {
    expect(normalizeScript(' \u00A0\n\u200B\t\n ')).toBe('');
  });

  it('handles a 3,000-character script quickly and intact', () => {
    const long = 'I would welcome the chance to talk again. '.repeat(72);
    expect(long.length).toBeGreaterThan(3000);
    expect(normalizeScript(long)).toBe(long.trim());
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(splitParagraphs('Hi [Name],\n\nI’m sorry.\nIt won’t happen again.\n\nBest,\nSam')).toEqual([
      'Hi [Name],',
      'I’m sorry.\nIt won’t happen again.',
      'Best,\nSam',
    ]);
  });

  it('has no paragraphs for an empty script', () => {
    expect(splitParagraphs('   \n\n  ')).toEqual([]);
  });
});

describe('placeholders', () => {
  const script = 'Dear [Manager’s name],\n\nThank you for the call about the [Role] role at [Company]. [Company] is…';

  it('finds each distinct blank once, in order', () => {
    expect(findPlaceholders(script)).toEqual(['Manager’s name', 'Role', 'Company']);
  });

  it('ignores brackets that are not blanks', () => {
    expect(findPlaceholders('[] and [\n] and [' + 'x'.repeat(61) + '] and [[nested]]')).toEqual(['nested']);
  });

  it('fills what the reader typed and leaves the rest as blanks', () => {
    const values: Record<string, string> = { Company: ' Northwind ', Role: '' };
    expect(fillPlaceholders(script, (name) => values[name]?.trim() ?? '')).toBe(
      'Dear [Manager’s name],\n\nThank you for the call about the [Role] role at Northwind. Northwind is…',
    );
  });

  it('splits a line into text and blanks for highlighting', () => {
    expect(tokenizeLine('Hi [Name], see you at [Place].')).toEqual([
      { text: 'Hi ' },
      { text: '[Name]', placeholder: 'Name' },
      { text: ', see you at ' },
      { text: '[Place]', placeholder: 'Place' },
      { text: '.' },
    ]);
  });

  it('treats markup-like text as text', () => {
    expect(tokenizeLine('<b>[Name]</b><script>')).toEqual([
      { text: '<b>' },
      { text: '[Name]', placeholder: 'Name' },
      { text: '</b><script>' },
    ]);
  });
});

describe('buildMailto', () => {
  it('encodes subject and body, with CRLF line breaks, and leaves the recipient to the reader', () => {
    expect(buildMailto('Missed call & next steps', 'Hi Ana,\n\nSorry.')).toBe(
      'mailto:?subject=Missed%20call%20%26%20next%20steps&body=Hi%20Ana%2C%0D%0A%0D%0ASorry.',
    );
  });

  it('cannot be tricked into adding recipients or headers', () => {
    const href = buildMailto('Hi&bcc=evil@example.com', 'x?cc=evil@example.com&to=b');
    expect(href).toBe('mailto:?subject=Hi%26bcc%3Devil%40example.com&body=x%3Fcc%3Devil%40example.com%26to%3Db');
  });

  it('returns null when the link would be too long for mail clients', () => {
    expect(buildMailto('Sorry', 'a'.repeat(mailtoLimit))).toBeNull();
    expect(buildMailto('Sorry', 'شكراً '.repeat(80))).toBeNull();
    expect(buildMailto('Sorry', 'a'.repeat(1900))).not.toBeNull();
  });
});

describe('estimateLines', () => {
  it('counts wrapped lines and the gaps between paragraphs', () => {
    expect(estimateLines(`${'a'.repeat(140)}\n\nshort\nlines`)).toBe(5);
    expect(estimateLines('')).toBe(1);
  });
});
