/**
 * Reply context for flat comment lists, where readers answer each other by
 * starting with "@Don", "@Don & @Mary Ann" or "Thanks Don," instead of a
 * parent id.
 */
import { displayName } from './names';

/** Lower-cased, NFC, single-spaced: "ANA  MARI\u0301A" and "Ana María" are one name. */
export const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().normalize().toLowerCase();

/** Name key → the name as its author writes it. */
export type NameIndex = Map<string, string>;

export function nameIndex(names: readonly unknown[]): NameIndex {
  const index: NameIndex = new Map();
  for (const n of names) {
    const name = displayName({ name: n as string }, '');
    if (name) index.set(nameKey(name), name);
  }
  return index;
}

// A word starts with a letter or digit in any script. The words are joined by
// a single space, which no word contains, so there is one way to match and no
// backtracking.
// (A literal, not `new RegExp`: bundlers cannot drop a constructor call from
// the bundles of widgets that never mention anyone.)
const NAME = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*(?: [\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*){0,2}/uy;
/** A guessed (unknown) name longer than this is not a name. */
const MAX_GUESS = 50;

/** Without a regex: `/[.'’-]+$/` is quadratic on "a" followed by many dots. */
function trimPunctuation(s: string): string {
  let end = s.length;
  while (end && ".'’-".includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * The name starting at `pos` (just after "@"): the longest known name of up to
 * three words ("@Mary Ann" before "@Mary"), matched case-insensitively, else —
 * unless `knownOnly` — the first word ("@Ana María" is "Ana" when nobody is
 * called "Ana María"). Trailing periods, hyphens and apostrophes stay out.
 */
export function readName(text: string, pos: number, known: NameIndex, knownOnly = false): { name: string; end: number } | null {
  NAME.lastIndex = pos;
  const words = NAME.exec(text)?.[0].split(' ');
  if (!words) return null;
  for (let k = words.length; k > 0; k--) {
    const raw = words.slice(0, k).join(' ');
    for (const s of [raw, trimPunctuation(raw)]) {
      const name = known.get(nameKey(s));
      if (name) return { name, end: pos + s.length };
    }
  }
  const guess = trimPunctuation(words[0]!);
  return knownOnly || guess.length > MAX_GUESS ? null : { name: guess, end: pos + guess.length };
}

// In the languages careerkit ships and their neighbours: English, Spanish,
// French, German, Arabic. `\b` only knows ASCII, hence the lookaheads.
const THANKS = /(?:thank you|thanks|muchas gracias|gracias|merci|danke|شكراً|شكرا)(?![\p{L}\p{N}])[ \t,!،]*/iuy;
const SEPARATOR = /[ \t]*(&|(?:and|y|e|et|und)(?![\p{L}\p{N}])|و|,|،)?[ \t]*/iuy;
// One run of punctuation after the names ("@Don: ", "@Don... ", Arabic "،"), but
// not the start of an emoticon ("@Don :) ").
const AFTER = /^[ \t]*(?:[,:;.!?–—،؛؟-]+(?!\S))?\s*/;

/**
 * The names a comment opens with, where its opening starts (`start`) and where
 * the names end (`end`), and whether it opens with thanks.
 */
function parseLead(body: string, known: NameIndex): { names: string[]; start: number; end: number; thanks: boolean } | null {
  let i = body.search(/\S/);
  if (i < 0) return null;
  const start = i;
  THANKS.lastIndex = i;
  const thanks = THANKS.test(body);
  if (thanks) i = THANKS.lastIndex;
  const names: string[] = [];
  let end = i;
  let separator: string | undefined;
  for (;;) {
    const at = body[i] === '@';
    // Without "@" only "& Name" / "and Name" continue a list, and only a known
    // name counts: "Thanks Sam," to a stranger is a greeting, not a reply.
    if (!at && (names.length ? !separator || separator === ',' || separator === '،' : !thanks)) break;
    const spaced = at && body[i + 1] === ' ';
    const name = readName(body, i + +at + +spaced, known, !at || spaced);
    if (!name) break;
    names.push(name.name);
    end = name.end;
    SEPARATOR.lastIndex = end;
    separator = SEPARATOR.exec(body)![1];
    i = SEPARATOR.lastIndex;
  }
  return names.length ? { names, start, end, thanks } : null;
}

/**
 * Who a comment answers, from how it starts: "@Name", "@ Name",
 * "@Name & @Other Name", "@Name and @Other", "@Name, @Other:", or — for a
 * `knownNames` entry only — "Thanks Name," / "Thank you, Name!". `rest` is the
 * body without a leading "@…" address (a thank-you is kept whole).
 */
export function parseLeadingMention(body: string, knownNames: readonly string[]): { names: string[]; rest: string } | null {
  const lead = typeof body === 'string' ? parseLead(body, nameIndex(knownNames)) : null;
  // "Thanks Don," is part of what the reader said; "@Don:" only addresses it.
  // (Worked out here, not in parseLead: reply targets need only the names.)
  return lead && { names: lead.names, rest: lead.thanks ? body.slice(lead.start) : body.slice(lead.end).replace(AFTER, '') };
}

export interface ReplySource {
  id: string;
  author?: { name?: string | null } | null | undefined;
  body: string;
}

/**
 * Comment id → ids of the most recent *earlier* comment by each author its
 * opening mentions, in array (source) order. Known names are the authors seen
 * so far (plus `postAuthorName`), so a name that only comments later, an
 * unknown name or the author's own name resolves to nothing. One pass.
 */
export function resolveReplyTargets(
  comments: readonly ReplySource[],
  options: { postAuthorName?: string | null } = {},
): Map<string, string[]> {
  const known = nameIndex([options.postAuthorName]);
  const latest = new Map<string, string>();
  const targets = new Map<string, string[]>();
  for (const comment of comments) {
    if (typeof comment?.id !== 'string') continue;
    const author = displayName(comment.author, '');
    const self = nameKey(author);
    const ids: string[] = [];
    // (Text only: `String()` of a JSON object with a `toString` key throws.)
    for (const name of parseLead(typeof comment.body == 'string' ? comment.body : '', known)?.names ?? []) {
      const key = nameKey(name);
      const id = key !== self && latest.get(key);
      if (id && !ids.includes(id)) ids.push(id);
    }
    if (ids.length) targets.set(comment.id, ids);
    if (author) {
      known.set(self, author);
      latest.set(self, comment.id);
    }
  }
  return targets;
}
