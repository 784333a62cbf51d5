import { describe, expect, it } from 'vitest';
import { MAX_BODY_LENGTH, tokenizeBody, type BodyToken } from './body';

const text = (t: string): BodyToken => ({ type: 'text', text: t });
const link = (t: string, href = t): BodyToken => ({ type: 'link', href, text: t });
const mention = (t: string, name = t.replace(/^@ ?/, '')): BodyToken => ({ type: 'mention', name, text: t });
const br: BodyToken = { type: 'break' };

/** The tokens of a one-paragraph body. */
const line = (body: string, knownNames?: readonly string[]) => tokenizeBody(body, { knownNames }).paragraphs[0];

describe('given a plain comment', () => {
  it('returns one paragraph with one text token', () => {
    expect(tokenizeBody('I slept through my final interview too. It was not the end.')).toEqual({
      paragraphs: [[text('I slept through my final interview too. It was not the end.')]],
      truncated: false,
    });
  });

  it('returns no paragraphs for an empty or blank body', () => {
    expect(tokenizeBody('').paragraphs).toEqual([]);
    expect(tokenizeBody(' \n\t\n ').paragraphs).toEqual([]);
    expect(tokenizeBody(undefined as unknown as string)).toEqual({ paragraphs: [], truncated: false });
  });
});

describe('given paragraphs and line breaks', () => {
  it('splits paragraphs on blank lines, including lines of spaces and Windows line ends', () => {
    const body = 'First, apologise.\r\n\r\nSecond, propose two times.\n   \n\n\nThird, stop.';
    expect(tokenizeBody(body).paragraphs).toEqual([[text('First, apologise.')], [text('Second, propose two times.')], [text('Third, stop.')]]);
  });

  it('keeps single line breaks as break tokens', () => {
    expect(line('My five candidates:\n1. The one who overslept\n2. The one who never wrote back')).toEqual([
      text('My five candidates:'),
      br,
      text('1. The one who overslept'),
      br,
      text('2. The one who never wrote back'),
    ]);
  });
});

describe('given text that looks like markup', () => {
  it('keeps it as text', () => {
    const body = '<b>Never</b> write "<script>alert(1)</script>" in an apology &amp; never <a href="javascript:alert(1)">link</a> to excuses.';
    expect(line(body)).toEqual([text(body)]);
  });

  it('does not link a javascript: URL written in a comment', () => {
    expect(line('click javascript:alert(1) now')).toEqual([text('click javascript:alert(1) now')]);
  });
});

describe('given URLs in a comment', () => {
  it('links http and https URLs and keeps the text around them', () => {
    expect(line('My script is at https://papertrail.example/notes/apology and it works.')).toEqual([
      text('My script is at '),
      link('https://papertrail.example/notes/apology'),
      text(' and it works.'),
    ]);
    expect(line('HTTP://PaperTrail.Example/x')).toEqual([link('HTTP://PaperTrail.Example/x', 'http://papertrail.example/x')]);
  });

  it('links a plain mailto: address', () => {
    expect(line('Write to mailto:alex.marlow@hiringdesk.example.')).toEqual([
      text('Write to '),
      link('mailto:alex.marlow@hiringdesk.example'),
      text('.'),
    ]);
  });

  it('keeps a mailto: with headers as text', () => {
    const body = 'mailto:alex.marlow@hiringdesk.example?bcc=list@evil.example';
    expect(line(body)).toEqual([text(body)]);
  });

  it('keeps a bare address and a URL with credentials as text', () => {
    expect(line('Email alex.marlow@hiringdesk.example instead.')).toEqual([text('Email alex.marlow@hiringdesk.example instead.')]);
    expect(line('see https://user:pass@evil.example ok')).toEqual([text('see https://user:pass@evil.example ok')]);
  });

  it('does not link www. addresses without a scheme, since guessing one could send readers elsewhere', () => {
    expect(line('Try www.papertrail.example or papertrail.example/notes.')).toEqual([text('Try www.papertrail.example or papertrail.example/notes.')]);
  });

  it('does not link a scheme glued to a word', () => {
    expect(line('xhttp://papertrail.example')).toEqual([text('xhttp://papertrail.example')]);
  });

  it('leaves sentence punctuation after a URL outside the link', () => {
    for (const end of ['.', ',', '!', '?', ':', ';', '"', "'", '’', '”', '…', '...', '?!']) {
      expect(line(`See https://papertrail.example/notes${end}`)).toEqual([text('See '), link('https://papertrail.example/notes'), text(end)]);
    }
  });

  it('leaves an unbalanced closing parenthesis outside and keeps a balanced one inside', () => {
    expect(line('(see https://papertrail.example/notes).')).toEqual([text('(see '), link('https://papertrail.example/notes'), text(').')]);
    expect(line('https://wiki.example/Interview_(job)')).toEqual([link('https://wiki.example/Interview_(job)')]);
    expect(line('(https://wiki.example/Interview_(job))')).toEqual([text('('), link('https://wiki.example/Interview_(job)'), text(')')]);
  });

  it('stops a URL at quotes and angle brackets', () => {
    expect(line('"https://papertrail.example/a"')).toEqual([text('"'), link('https://papertrail.example/a'), text('"')]);
    expect(line('<https://papertrail.example/a>')).toEqual([text('<'), link('https://papertrail.example/a'), text('>')]);
  });

  it('keeps a bare scheme as text', () => {
    expect(line('https:// is not a link')).toEqual([text('https:// is not a link')]);
  });

  it('links a 50,000-character URL', () => {
    const url = `https://papertrail.example/${'a'.repeat(50_000 - 27)}`;
    expect(url).toHaveLength(50_000);
    expect(line(`before ${url}. after`)).toEqual([text('before '), link(url), text('. after')]);
  });
});

describe('given @mentions', () => {
  it('highlights a one-word name', () => {
    expect(line('@Don two hours late is not the end.')).toEqual([mention('@Don'), text(' two hours late is not the end.')]);
  });

  it('highlights hyphenated and dotted names but not a final full stop', () => {
    expect(line('Ask @Mary-Jane. Or @J.R.!')).toEqual([text('Ask '), mention('@Mary-Jane'), text('. Or '), mention('@J.R', 'J.R'), text('.!')]);
  });

  it('highlights Arabic names', () => {
    expect(line('@سلمى أوافقك')).toEqual([mention('@سلمى'), text(' أوافقك')]);
  });

  it('takes the first word of an unknown name and the whole of a known one', () => {
    expect(line('@Ana María thanks')).toEqual([mention('@Ana', 'Ana'), text(' María thanks')]);
    expect(line('@Ana María thanks', ['Ana María'])).toEqual([mention('@Ana María'), text(' thanks')]);
    expect(line('@ana maría thanks', ['Ana María'])).toEqual([mention('@ana maría', 'Ana María'), text(' thanks')]);
  });

  it('prefers the longest known name', () => {
    expect(line('@Mary Ann and @Mary', ['Mary', 'Mary Ann'])).toEqual([mention('@Mary Ann'), text(' and '), mention('@Mary')]);
  });

  it('highlights "@ Name" only for a known name', () => {
    expect(line('@ Don yes', ['Don'])).toEqual([mention('@ Don'), text(' yes')]);
    expect(line('meet @ 9am')).toEqual([text('meet @ 9am')]);
  });

  it('highlights several mentions in one line', () => {
    expect(line('@Don & @Quiet Recruiter: both right.', ['Quiet Recruiter'])).toEqual([
      mention('@Don'),
      text(' & '),
      mention('@Quiet Recruiter'),
      text(': both right.'),
    ]);
  });

  it('does not treat an e-mail address or a lone @ as a mention', () => {
    expect(line('don@papertrail.example and @ and @@ and @!')).toEqual([text('don@papertrail.example and @ and @@ and @!')]);
  });

  it('keeps very long "names" as text', () => {
    const body = `@${'a'.repeat(60)}`;
    expect(line(body)).toEqual([text(body)]);
  });

  it('mixes mentions, links and line breaks', () => {
    expect(tokenizeBody('@Don see https://papertrail.example/a.\n\nThanks, @Mary :)').paragraphs).toEqual([
      [mention('@Don'), text(' see '), link('https://papertrail.example/a'), text('.')],
      [text('Thanks, '), mention('@Mary'), text(' :)')],
    ]);
  });
});

describe('given a body longer than maxLength', () => {
  it('cuts it at the default of 100,000 characters and says so', () => {
    const result = tokenizeBody('x'.repeat(MAX_BODY_LENGTH + 1));
    expect(result.truncated).toBe(true);
    expect(result.paragraphs).toEqual([[text('x'.repeat(MAX_BODY_LENGTH))]]);
    expect(tokenizeBody('x'.repeat(MAX_BODY_LENGTH)).truncated).toBe(false);
  });

  it('honours a custom maxLength', () => {
    expect(tokenizeBody('Sorry I missed it.', { maxLength: 5 })).toEqual({ paragraphs: [[text('Sorry')]], truncated: true });
  });

  it('does not cut an emoji in half', () => {
    expect(tokenizeBody('ok 🙂🙂', { maxLength: 4 })).toEqual({ paragraphs: [[text('ok ')]], truncated: true });
    expect(tokenizeBody('ok 🙂🙂', { maxLength: 5 })).toEqual({ paragraphs: [[text('ok 🙂')]], truncated: true });
  });
});

describe('given a hostile 1 MB body', () => {
  const big = { maxLength: 3_000_000 };
  /** Token types and lengths, so a failure doesn't print a megabyte. */
  const shape = (body: string, knownNames?: readonly string[]) =>
    tokenizeBody(body, { ...big, knownNames }).paragraphs.map((p) => p.map((t) => ('text' in t ? `${t.type} ${t.text.length}` : t.type)));

  it('finishes on one unbroken URL', () => {
    const url = `http://${'a'.repeat(1e6)}`;
    const [token] = tokenizeBody(url, big).paragraphs[0]!;
    expect(token?.type === 'link' && token.href === `${url}/` && token.text === url).toBe(true);
  });

  it('finishes on a URL followed by half a million unbalanced parentheses and full stops', () => {
    expect(shape(`http://a${')'.repeat(5e5)}${'.'.repeat(5e5)}`)).toEqual([['link 8', 'text 1000000']]);
  });

  it('finishes on a million @ characters', () => {
    expect(shape('@'.repeat(1e6))).toEqual([['text 1000000']]);
  });

  it('finishes on mention-like runs, with and without known names', () => {
    const body = '@a b c '.repeat(150_000);
    expect(shape(body)[0]).toHaveLength(300_000);
    expect(shape(body, ['a b c', 'a b'])[0]).toHaveLength(300_000);
  });

  it('finishes on a mention followed by a million name characters and dots', () => {
    const body = `@a${'.'.repeat(1e6)}b @${'a.'.repeat(5e5)}`;
    expect(shape(body)).toEqual([[`text ${body.length}`]]);
  });

  it('finishes on a million blank lines and line breaks', () => {
    expect(shape('\n \n'.repeat(3e5))).toEqual([]);
    expect(shape('a\n'.repeat(5e5))[0]).toHaveLength(999_999);
  });

  it('cuts a 1 MB body to the default maximum', () => {
    const result = tokenizeBody(`@Don ${'https://papertrail.example/ '.repeat(40_000)}`);
    expect(result.truncated).toBe(true);
    expect(result.paragraphs[0]!.filter((t) => t.type === 'link').length).toBeGreaterThan(3_000);
  });
});
