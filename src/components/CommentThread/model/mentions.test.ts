import { describe, expect, it } from 'vitest';
import { parseLeadingMention, resolveReplyTargets, type ReplySource } from './mentions';

const known = ['Don', 'Mary', 'Mary Ann', 'Ana María', 'سلمى', 'Quiet Recruiter', 'Alex Marlow', 'J.R. Okafor'];

describe('given a comment that starts with "@Name"', () => {
  it('returns the name and the rest of the comment', () => {
    expect(parseLeadingMention('@Don Two hours late is not the end. Send the note today.', known)).toEqual({
      names: ['Don'],
      rest: 'Two hours late is not the end. Send the note today.',
    });
  });

  it('drops the punctuation that ends the address', () => {
    expect(parseLeadingMention('@Don: agreed.', known)?.rest).toBe('agreed.');
    expect(parseLeadingMention('@Don... I did exactly this in 2019.', known)?.rest).toBe('I did exactly this in 2019.');
    expect(parseLeadingMention('@Don, yes.', known)?.rest).toBe('yes.');
  });

  it('keeps an emoticon that follows the name', () => {
    expect(parseLeadingMention('@Don :) it worked for me too', known)?.rest).toBe(':) it worked for me too');
  });

  it('ignores leading whitespace', () => {
    expect(parseLeadingMention('\n  @Don agreed', known)?.names).toEqual(['Don']);
  });

  it('matches a known name case-insensitively and returns it as its author writes it', () => {
    expect(parseLeadingMention('@don agreed', known)?.names).toEqual(['Don']);
    expect(parseLeadingMention('@QUIET RECRUITER would you hire her now?', known)?.names).toEqual(['Quiet Recruiter']);
  });

  it('prefers the longest known name: "@Mary Ann" over "@Mary"', () => {
    expect(parseLeadingMention('@Mary Ann I missed a panel once too.', known)).toEqual({
      names: ['Mary Ann'],
      rest: 'I missed a panel once too.',
    });
    expect(parseLeadingMention('@Mary I missed a panel once too.', known)?.names).toEqual(['Mary']);
  });

  it('matches names with diacritics, in any composition', () => {
    expect(parseLeadingMention('@Ana María, thank you for the script.', known)?.names).toEqual(['Ana María']);
    expect(parseLeadingMention('@ana mari\u0301a thank you', known)?.names).toEqual(['Ana María']);
  });

  it('matches Arabic names', () => {
    expect(parseLeadingMention('@سلمى I sent the apology this morning.', known)).toEqual({
      names: ['سلمى'],
      rest: 'I sent the apology this morning.',
    });
  });

  it('matches names with periods, and leaves a final full stop out', () => {
    expect(parseLeadingMention('@J.R. Okafor the recruiter never wrote back.', known)?.names).toEqual(['J.R. Okafor']);
    expect(parseLeadingMention('@Don. Fair point.', known)).toEqual({ names: ['Don'], rest: 'Fair point.' });
  });

  it('takes one word for a name nobody known has', () => {
    expect(parseLeadingMention('@Priya I would call, not email.', known)).toEqual({ names: ['Priya'], rest: 'I would call, not email.' });
    expect(parseLeadingMention('@Mary-Jane same here', known)?.names).toEqual(['Mary-Jane']);
  });
});

describe('given "@ Name" with a space after the @', () => {
  it('recognises a known name', () => {
    expect(parseLeadingMention('@ Don I agree with every word.', known)).toEqual({ names: ['Don'], rest: 'I agree with every word.' });
  });

  it('does not guess an unknown one', () => {
    expect(parseLeadingMention('@ 9am sharp, be early this time.', known)).toBeNull();
  });
});

describe('given several names at the start', () => {
  it('reads "@Name & @Other Name"', () => {
    expect(parseLeadingMention('@Don & @Quiet Recruiter both of you are right.', known)).toEqual({
      names: ['Don', 'Quiet Recruiter'],
      rest: 'both of you are right.',
    });
  });

  it('reads "@Name and @Other"', () => {
    expect(parseLeadingMention('@Don and @Mary, thanks.', known)?.names).toEqual(['Don', 'Mary']);
  });

  it('reads "@Name, @Other:"', () => {
    expect(parseLeadingMention('@Don, @Mary Ann: I sent it.', known)).toEqual({ names: ['Don', 'Mary Ann'], rest: 'I sent it.' });
  });

  it('reads "@Name & Other" only when Other is known', () => {
    expect(parseLeadingMention('@Don & Mary yes', known)?.names).toEqual(['Don', 'Mary']);
    expect(parseLeadingMention('@Don and I disagree', known)).toEqual({ names: ['Don'], rest: 'and I disagree' });
  });
});

describe('given a comment that starts by thanking someone', () => {
  it('reads "Thanks Name," for a known name and keeps the thanks in the text', () => {
    expect(parseLeadingMention('Thanks Don, that is the push I needed.', known)).toEqual({
      names: ['Don'],
      rest: 'Thanks Don, that is the push I needed.',
    });
  });

  it('reads "Thank you, Name!"', () => {
    expect(parseLeadingMention('Thank you, Alex Marlow! I sent it at 8am.', known)?.names).toEqual(['Alex Marlow']);
    expect(parseLeadingMention('thank you, ana maría!', known)?.names).toEqual(['Ana María']);
  });

  it('reads "Thanks Name and Other"', () => {
    expect(parseLeadingMention('Thanks Don and Mary Ann for the nudge.', known)?.names).toEqual(['Don', 'Mary Ann']);
  });

  it('ignores a greeting to a name nobody known has', () => {
    expect(parseLeadingMention('Thanks Priya, that helped.', known)).toBeNull();
    expect(parseLeadingMention('Thanks for this column.', known)).toBeNull();
    expect(parseLeadingMention('Thanks Don, that helped.', [])).toBeNull();
    expect(parseLeadingMention('ThanksDon for nothing.', known)).toBeNull();
  });
});

describe('given a comment in Spanish or Arabic', () => {
  const names = ['Marta Quiroga', 'Nacho', 'ديما الشامي', 'أبو فادي'];

  it('joins two names with "y" or "و", as "&" and "and" do', () => {
    expect(parseLeadingMention('@Marta Quiroga y @Nacho: gracias a los dos.', names)).toEqual({
      names: ['Marta Quiroga', 'Nacho'],
      rest: 'gracias a los dos.',
    });
    expect(parseLeadingMention('@ديما الشامي و@أبو فادي، شكراً لكما.', names)).toEqual({
      names: ['ديما الشامي', 'أبو فادي'],
      rest: 'شكراً لكما.',
    });
  });

  it('reads "Gracias Name," and "شكراً Name،" for a known name, keeping the thanks', () => {
    expect(parseLeadingMention('Gracias Nacho, me sirvió mucho.', names)).toEqual({
      names: ['Nacho'],
      rest: 'Gracias Nacho, me sirvió mucho.',
    });
    expect(parseLeadingMention('شكراً أبو فادي، هذا ما احتجت إليه.', names)?.names).toEqual(['أبو فادي']);
    expect(parseLeadingMention('Gracias por la columna.', names)).toBeNull();
  });

  it('does not read a word that merely starts like a joiner as one', () => {
    expect(parseLeadingMention('@Nacho yo pienso igual.', names)).toEqual({ names: ['Nacho'], rest: 'yo pienso igual.' });
  });
});

describe('given a comment that does not start with an address', () => {
  it('returns null', () => {
    for (const body of ['I overslept too, once.', 'Don is right.', 'Email me at don@papertrail.example', '', '   ', '@', '@@', '@ ']) {
      expect(parseLeadingMention(body, known)).toBeNull();
    }
  });

  it('returns null for a body that is not a string', () => {
    expect(parseLeadingMention(undefined as unknown as string, known)).toBeNull();
  });
});

describe('given a flat list of comments', () => {
  const thread: ReplySource[] = [
    { id: 'c1', author: { name: 'Don' }, body: 'Send the apology today, not Monday.' },
    { id: 'c2', author: { name: 'Mary Ann' }, body: 'I missed a final round in 2021 and still got the job.' },
    { id: 'c3', author: { name: 'Quiet Recruiter' }, body: '@Don & @Mary Ann both true. Own it in the first line.' },
    { id: 'c4', author: { name: 'Don' }, body: 'Thanks Quiet Recruiter, exactly.' },
    { id: 'c5', author: { name: 'Snoozed in Sacramento' }, body: '@Don I sent it an hour ago.' },
    { id: 'c6', author: { name: 'Alex Marlow' }, body: '@Snoozed in Sacramento good. Now wait a week.' },
  ];

  it('maps "@Name & @Other Name" to both comments', () => {
    expect(resolveReplyTargets(thread).get('c3')).toEqual(['c1', 'c2']);
  });

  it('maps a mention to the most recent earlier comment by that author', () => {
    expect(resolveReplyTargets(thread).get('c5')).toEqual(['c4']);
  });

  it('maps "Thanks Name," when Name commented earlier', () => {
    expect(resolveReplyTargets(thread).get('c4')).toEqual(['c3']);
  });

  it('maps three-word pseudonyms', () => {
    expect(resolveReplyTargets(thread).get('c6')).toEqual(['c5']);
  });

  it('leaves comments without a leading address out of the map', () => {
    const targets = resolveReplyTargets(thread);
    expect([...targets.keys()]).toEqual(['c3', 'c4', 'c5', 'c6']);
  });

  it('ignores "Thanks Don," when Don only comments later', () => {
    const targets = resolveReplyTargets([
      { id: 'c1', author: { name: 'Mary' }, body: 'Thanks Don, I will try it.' },
      { id: 'c2', author: { name: 'Don' }, body: 'Write it tonight.' },
    ]);
    expect(targets.size).toBe(0);
  });

  it('resolves a mention of someone who only commented later to nothing', () => {
    const targets = resolveReplyTargets([
      { id: 'c1', author: { name: 'Mary' }, body: '@Don I think you are too harsh.' },
      { id: 'c2', author: { name: 'Don' }, body: 'Harsh but true.' },
    ]);
    expect(targets.has('c1')).toBe(false);
  });

  it('ignores self-mentions', () => {
    const targets = resolveReplyTargets([
      { id: 'c1', author: { name: 'Don' }, body: 'Apologise once, briefly.' },
      { id: 'c2', author: { name: 'Mary' }, body: 'What if they never reply?' },
      { id: 'c3', author: { name: 'Don' }, body: '@Don (me) to add: then let it go.' },
      { id: 'c4', author: { name: 'Don' }, body: '@Don & @Mary then you follow up once.' },
    ]);
    expect(targets.has('c3')).toBe(false);
    expect(targets.get('c4')).toEqual(['c2']);
  });

  it('resolves an unknown name to nothing', () => {
    expect(resolveReplyTargets([{ id: 'c1', author: { name: 'Don' }, body: '@Priya agreed.' }]).size).toBe(0);
  });

  it('matches authors whose names differ only in case or invisible characters', () => {
    const targets = resolveReplyTargets([
      { id: 'c1', author: { name: ' sal\u200bma ' }, body: 'It is over, move on.' },
      { id: 'c2', author: { name: 'Don' }, body: '@Salma not yet it isn’t.' },
    ]);
    expect(targets.get('c2')).toEqual(['c1']);
  });

  it('matches Arabic and accented names', () => {
    const targets = resolveReplyTargets([
      { id: 'c1', author: { name: 'سلمى' }, body: 'اكتب الرسالة اليوم.' },
      { id: 'c2', author: { name: 'Ana María' }, body: '@سلمى exactly.' },
      { id: 'c3', author: { name: 'Don' }, body: '@Ana María & @سلمى seconded.' },
    ]);
    expect(targets.get('c2')).toEqual(['c1']);
    expect(targets.get('c3')).toEqual(['c2', 'c1']);
  });

  it('lists a comment once even when it is named twice', () => {
    const targets = resolveReplyTargets([
      { id: 'c1', author: { name: 'Don' }, body: 'Call them.' },
      { id: 'c2', author: { name: 'Mary' }, body: '@Don & @don no, email.' },
    ]);
    expect(targets.get('c2')).toEqual(['c1']);
  });

  it('knows the post author by name, and links them once they have commented', () => {
    const comments: ReplySource[] = [
      { id: 'c1', author: { name: 'Don' }, body: 'Thanks Alex Marlow, blunt as ever.' },
      { id: 'c2', author: { name: 'Alex Marlow' }, body: 'Blunt saves time.' },
      { id: 'c3', author: { name: 'Mary' }, body: 'Thank you, Alex Marlow! Sent.' },
    ];
    const targets = resolveReplyTargets(comments, { postAuthorName: 'Alex Marlow' });
    expect(targets.has('c1')).toBe(false);
    expect(targets.get('c3')).toEqual(['c2']);
  });

  it('skips entries without an id or author and bodies that are not strings', () => {
    const targets = resolveReplyTargets([
      { id: 'c1', author: null, body: 'Anonymous here: it worked for me.' },
      { author: { name: 'Ghost' }, body: 'no id' } as unknown as ReplySource,
      { id: 'c2', author: { name: 'Don' }, body: null as unknown as string },
      { id: 'c3', body: '@Don @Ghost ok' },
    ]);
    expect([...targets]).toEqual([['c3', ['c2']]]);
  });

  it('walks thousands of comments in one pass', () => {
    const many: ReplySource[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `c${i}`,
      author: { name: `Reader ${i}` },
      body: i ? `@Reader ${i - 1} agreed.` : 'First!',
    }));
    const targets = resolveReplyTargets(many);
    expect(targets.size).toBe(4999);
    expect(targets.get('c4999')).toEqual(['c4998']);
  });
});
