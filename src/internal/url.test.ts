import { describe, expect, it } from 'vitest';
import { safeHref, safeImageSrc, safeLinkHref } from './url';

const site = 'https://hiringdesk.example';
const withBase = { base: `${site}/2026/11/slept-through-the-final-interview` };

describe('given an ordinary http(s) link a reader left', () => {
  it('returns it unchanged', () => {
    expect(safeHref('https://papertrail.example/apology-notes')).toBe('https://papertrail.example/apology-notes');
    expect(safeHref('http://papertrail.example/')).toBe('http://papertrail.example/');
  });

  it('returns the normalised form: lower-case scheme and host, encoded spaces, a trailing slash on a bare host', () => {
    expect(safeHref('HTTPS://PaperTrail.Example/missed interview')).toBe('https://papertrail.example/missed%20interview');
    expect(safeHref('https://papertrail.example')).toBe('https://papertrail.example/');
  });

  it('trims surrounding spaces', () => {
    expect(safeHref('   https://papertrail.example/  ')).toBe('https://papertrail.example/');
  });

  it('keeps a 50,000-character URL', () => {
    const long = `https://papertrail.example/${'a'.repeat(50_000)}`;
    expect(safeHref(long)).toBe(long);
  });
});

describe('given something that is not a string', () => {
  it('returns null', () => {
    for (const value of [undefined, null, 42, {}, ['https://papertrail.example/'], new URL(site)]) {
      expect(safeHref(value)).toBeNull();
    }
  });
});

describe('given a javascript: URL', () => {
  it('rejects it in any letter case', () => {
    for (const s of ['javascript:alert(1)', 'JavaScript:alert(1)', 'JAVASCRIPT:alert(1)', 'jAvAsCrIpT:alert(1)']) {
      expect(safeHref(s)).toBeNull();
      expect(safeLinkHref(s, withBase)).toBeNull();
    }
  });

  it('rejects it with a tab, newline or carriage return inside the scheme', () => {
    for (const s of ['java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)', 'jav\ta\nscr\ript:alert(1)']) {
      expect(safeHref(s)).toBeNull();
      expect(safeLinkHref(s, withBase)).toBeNull();
    }
  });

  it('rejects it behind leading control characters or spaces', () => {
    for (const s of ['\u0000javascript:alert(1)', '\u0001\u001fjavascript:alert(1)', '   javascript:alert(1)', '\u007f javascript:alert(1)']) {
      expect(safeHref(s)).toBeNull();
      expect(safeLinkHref(s, withBase)).toBeNull();
    }
  });

  it('rejects it with other control characters inside or after the scheme', () => {
    for (const s of ['java\u0000script:alert(1)', 'javascript\u0001:alert(1)', 'java\u000bscript:alert(1)']) {
      expect(safeHref(s)).toBeNull();
      expect(safeLinkHref(s, withBase)).toBeNull();
    }
  });

  it('never lets a control character through into an accepted URL', () => {
    expect(safeHref('https://papertrail.exa\u0000mple/no\u0007te')).toBe('https://papertrail.example/note');
  });
});

describe('given a javascript: URL spelled with HTML entities', () => {
  // Nothing here decodes entities (React sets attributes as text), so these are
  // just odd relative paths: rejected without a base, harmless with one.
  it('rejects `javascript&colon;`', () => {
    expect(safeHref('javascript&colon;alert(1)')).toBeNull();
  });

  it('rejects `&#106;avascript:` and `&#x6A;avascript:`', () => {
    expect(safeHref('&#106;avascript:alert(1)')).toBeNull();
    expect(safeHref('&#x6A;avascript:alert(1)')).toBeNull();
  });

  it('with a base, keeps them as inert paths on the same site', () => {
    for (const s of ['javascript&colon;alert(1)', '&#106;avascript:alert(1)']) {
      const href = safeHref(s, withBase);
      expect(href?.startsWith(`${site}/2026/11/`)).toBe(true);
      expect(new URL(href!).protocol).toBe('https:');
    }
  });
});

describe('given other dangerous or unwanted schemes', () => {
  it('rejects data:text/html', () => {
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeLinkHref('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')).toBeNull();
  });

  it('rejects vbscript:', () => {
    expect(safeHref('vbscript:msgbox("sorry I missed it")')).toBeNull();
    expect(safeLinkHref('VBScript:msgbox(1)')).toBeNull();
  });

  it('rejects file:, ftp: and blob:', () => {
    for (const s of ['file:///etc/passwd', 'ftp://files.example/resume.pdf', 'blob:https://hiringdesk.example/1234']) {
      expect(safeLinkHref(s)).toBeNull();
    }
  });

  it('rejects mailto: in a profile or promo link (only comment-body links take it)', () => {
    expect(safeHref('mailto:alex.marlow@hiringdesk.example')).toBeNull();
  });
});

describe('given a protocol-relative URL', () => {
  it('rejects //host with or without a base', () => {
    expect(safeHref('//evil.example/apology')).toBeNull();
    expect(safeHref('//evil.example/apology', withBase)).toBeNull();
  });

  it('rejects the backslash spellings the parser treats as //', () => {
    for (const s of ['\\\\evil.example', '/\\evil.example', '\\/evil.example', ' //evil.example', '/\t/evil.example']) {
      expect(safeHref(s, withBase)).toBeNull();
    }
  });
});

describe('given a relative path', () => {
  it('rejects it without a base', () => {
    for (const s of ['/about/alex-marlow', 'about', '../archive', '?page=2', '#comment-4']) {
      expect(safeHref(s)).toBeNull();
    }
  });

  it('resolves it against a base', () => {
    expect(safeHref('/about/alex-marlow', withBase)).toBe(`${site}/about/alex-marlow`);
    expect(safeHref('#comment-4', withBase)).toBe(`${withBase.base}#comment-4`);
  });

  it('rejects it when the base is not a usable absolute URL', () => {
    expect(safeHref('/about', { base: 'hiringdesk.example' })).toBeNull();
    expect(safeHref('/about', { base: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('given credentials in the authority', () => {
  it('rejects user and password', () => {
    expect(safeHref('https://user:pass@evil.example')).toBeNull();
  });

  it('rejects a user name alone, including one dressed up as a trusted host', () => {
    expect(safeHref('https://user@evil.example/')).toBeNull();
    expect(safeHref('https://hiringdesk.example@evil.example/login')).toBeNull();
    expect(safeHref('https://:secret@evil.example/')).toBeNull();
  });
});

describe('given mailto: links allowed, as in comment bodies', () => {
  it('accepts one plain address', () => {
    expect(safeLinkHref('mailto:alex.marlow@hiringdesk.example')).toBe('mailto:alex.marlow@hiringdesk.example');
    expect(safeLinkHref('MAILTO:paper+trail@mail.papertrail.example')).toBe('mailto:paper+trail@mail.papertrail.example');
  });

  it('rejects header fields such as ?bcc= or ?body=', () => {
    expect(safeLinkHref('mailto:alex.marlow@hiringdesk.example?bcc=everyone@evil.example')).toBeNull();
    expect(safeLinkHref('mailto:alex.marlow@hiringdesk.example?subject=Sorry&body=I%20overslept')).toBeNull();
    expect(safeLinkHref('mailto:?to=alex.marlow@hiringdesk.example')).toBeNull();
  });

  it('rejects something that is not a plausible address', () => {
    for (const s of ['mailto:', 'mailto:alex', 'mailto:alex@', 'mailto:@hiringdesk.example', 'mailto:alex marlow@hiringdesk.example', 'mailto:a@b.c,d@e.example', 'mailto:alex@hiringdesk.example#top', 'mailto:alex@localhost']) {
      expect(safeLinkHref(s)).toBeNull();
    }
  });

  it('answers at once for a long string of dots in the domain', () => {
    expect(safeLinkHref(`mailto:a@${'a.'.repeat(50_000)}!`)).toBeNull();
  });
});

describe('given an avatar src', () => {
  it('accepts http(s) images', () => {
    expect(safeImageSrc('https://cdn.hiringdesk.example/avatars/papertrail.png')).toBe('https://cdn.hiringdesk.example/avatars/papertrail.png');
  });

  it('accepts a same-site relative path only with a base', () => {
    expect(safeImageSrc('/avatars/quiet-recruiter.webp')).toBeNull();
    expect(safeImageSrc('/avatars/quiet-recruiter.webp', { base: site })).toBe(`${site}/avatars/quiet-recruiter.webp`);
  });

  it('rejects every other scheme, credentials and protocol-relative URLs', () => {
    for (const s of [
      'data:image/svg+xml,<svg onload="alert(1)"/>',
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'mailto:alex.marlow@hiringdesk.example',
      'https://user:pass@cdn.hiringdesk.example/a.png',
      '//evil.example/a.png',
      null,
    ]) {
      expect(safeImageSrc(s, { base: site })).toBeNull();
    }
  });
});
