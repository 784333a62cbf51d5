import { describe, expect, it } from 'vitest';
import { emailProblem, normalizeEmail, suggestEmail } from './email';

describe('normalizeEmail', () => {
  it.each([
    ['  jane@example.com \n', 'jane@example.com'],
    ['mailto:jane@example.com', 'jane@example.com'],
    ['MAILTO:jane@example.com?subject=Hello', 'jane@example.com'],
    ['  Jane <JANE@Gmial.com>\n', 'JANE@gmial.com'],
    ['"Doe, Jane" <jane@Example.ORG>', 'jane@example.org'],
    ['Jane.Doe@EXAMPLE.com', 'Jane.Doe@example.com'],
    // Invisible characters a copy brings along: direction marks and isolates, zero-width space, byte order mark, soft hyphen.
    ['\u200Ejane@example.com\u200F', 'jane@example.com'],
    ['\u2067jane\u200B@example.com\u2069\uFEFF', 'jane@example.com'],
    ['jane@exam\u00ADple.com', 'jane@example.com'],
    // Full-width forms, as an input method in full-width mode types them.
    ['ｊａｎｅ＠Ｅｘａｍｐｌｅ．ｃｏｍ', 'jane@example.com'],
    // Joiners shape words in some scripts' domains, so they stay.
    ['ali@\u0645\u06CC\u200C\u0647\u0627.example', 'ali@\u0645\u06CC\u200C\u0647\u0627.example'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
  });

  it('keeps a line break inside, so the check can reject it', () => {
    expect(normalizeEmail('jane@example.com\nbcc@evil.example')).toContain('\n');
  });
});

describe('emailProblem', () => {
  it.each(['jane@example.com', 'jane+news@mail.example.co.uk', 'a@b.io', 'ana@correo.españa.es', 'ivan@почта.рф', 'x@xn--80a1acny.xn--p1ai'])(
    'accepts %s',
    (email) => expect(emailProblem(email)).toBeNull(),
  );

  it('asks for an address when there is none', () => {
    expect(emailProblem('')).toBe('required');
  });

  it.each([
    'jane@example',
    'jane',
    'jane@@example.com',
    'jane@ex@ample.com',
    'jane doe@example.com',
    'jane@example..com',
    'jane@.example.com',
    'jane@-example.com',
    'jane@example.c',
    'jane@example.com\nbcc@evil.example',
    '<jane@example.com>',
    `${'a'.repeat(65)}@example.com`,
    `jane@${'a'.repeat(250)}.com`,
  ])('rejects %j', (email) => expect(emailProblem(email)).toBe('format'));
});

describe('suggestEmail', () => {
  it.each([
    ['jane@gmial.com', 'jane@gmail.com'],
    ['jane@gmai.com', 'jane@gmail.com'],
    ['jane@gmaill.com', 'jane@gmail.com'],
    ['jane@hotmial.com', 'jane@hotmail.com'],
    ['jane@yaho.com', 'jane@yahoo.com'],
    ['jane@outlok.com', 'jane@outlook.com'],
    ['jane@gmail.con', 'jane@gmail.com'],
    ['jane@gmial.con', 'jane@gmail.com'],
    ['jane@example.cmo', 'jane@example.com'],
  ])('%s → %s', (typed, suggested) => expect(suggestEmail(typed)).toBe(suggested));

  it.each(['jane@gmail.com', 'jane@example.com', 'jane@company.co', 'jane@mail.example.org', 'jane', '@gmial.com'])(
    'leaves %s alone',
    (email) => expect(suggestEmail(email)).toBeNull(),
  );
});
