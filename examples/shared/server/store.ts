/**
 * The examples' back end: the post's comments and the newsletter's subscribers in
 * one small SQLite file.
 *
 * SQLite through sql.js (SQLite compiled to WebAssembly): a plain npm package,
 * nothing to compile, and Node 20 has no `node:sqlite`. sql.js keeps the whole
 * database in memory, so the file is read once at start and written after every
 * change: to a temporary file first, then renamed over the old one, so a crash
 * leaves the old file or the new one, never half of one. That suits one server
 * process and a small site; several processes or a busy site want a database
 * server (or better-sqlite3, which writes in place).
 *
 * The discussion is seeded when the file is first created, never again: after a
 * restart the file holds whatever readers have added.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import initSqlJs, { type Database, type SqlValue } from 'sql.js';
import type { CommentAuthor, CommentData } from 'careerkit';
import { missedInterviewDiscussion } from '../content/discussion';

export type SubscriberStatus = 'subscribed' | 'pending';

export interface NewSubscriber {
  /** Normalised: trimmed, the domain in lower case. */
  email: string;
  firstName?: string;
  interests?: string[];
  consentVersion: string;
  /** When the reader agreed, as the browser said; stored next to the server's own time. */
  consentAt?: string;
  consentChannels?: string[];
  source?: string;
  locale?: string;
}

export interface Store {
  /** The SQLite file. */
  readonly file: string;
  /** Every comment, in the order they were written. */
  comments(): CommentData[];
  comment(id: string): CommentData | undefined;
  /** Stores a comment (a reply when `parentId` is set) and returns it as stored. */
  addComment(input: { parentId: string | null; body: string; author: CommentAuthor }): CommentData;
  /** `already-subscribed` when the address is known, whatever its case. */
  subscribe(input: NewSubscriber, status?: SubscriberStatus): SubscriberStatus | 'already-subscribed';
}

const SCHEMA = `
CREATE TABLE comments (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  parent_id TEXT REFERENCES comments (id),
  number INTEGER,
  author_id TEXT,
  author_name TEXT,
  author_url TEXT,
  author_avatar_url TEXT,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT,
  status TEXT NOT NULL DEFAULT 'published',
  likes INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE subscribers (
  email_key TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  first_name TEXT,
  interests TEXT,
  consent_version TEXT NOT NULL,
  consent_at TEXT,
  consent_channels TEXT,
  source TEXT,
  locale TEXT,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL
);
PRAGMA user_version = 1;
`;

const COMMENT_COLUMNS =
  'id, parent_id, number, author_id, author_name, author_url, author_avatar_url, body, created_at, edited_at, status, likes';

type Row = Record<string, SqlValue>;

const text = (value: SqlValue): string | undefined => (typeof value === 'string' ? value : undefined);

function toComment(row: Row): CommentData {
  const author: CommentAuthor = {};
  if (text(row.author_name) !== undefined) author.name = text(row.author_name);
  if (text(row.author_id)) author.id = text(row.author_id);
  if (text(row.author_url)) author.url = text(row.author_url);
  if (text(row.author_avatar_url)) author.avatarUrl = text(row.author_avatar_url);
  const comment: CommentData = {
    id: String(row.id),
    author,
    body: String(row.body),
    createdAt: String(row.created_at),
    status: String(row.status) as CommentData['status'],
  };
  if (text(row.parent_id)) comment.parentId = text(row.parent_id);
  if (typeof row.number === 'number') comment.number = row.number;
  if (text(row.edited_at)) comment.editedAt = text(row.edited_at);
  if (typeof row.likes === 'number' && row.likes > 0) comment.likes = row.likes;
  return comment;
}

function all(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const rows: Row[] = [];
    while (statement.step()) rows.push(statement.getAsObject() as Row);
    return rows;
  } finally {
    statement.free();
  }
}

function insertComment(db: Database, c: CommentData): void {
  db.run(`INSERT INTO comments (${COMMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
    c.id,
    c.parentId ?? null,
    c.number ?? null,
    c.author?.id ?? null,
    c.author?.name ?? null,
    c.author?.url ?? null,
    c.author?.avatarUrl ?? null,
    c.body,
    c.createdAt,
    c.editedAt ?? null,
    c.status ?? 'published',
    c.likes ?? 0,
  ]);
}

let temporaryFiles = 0;

/** Writes `data` to `file` atomically: a temporary file, flushed, then renamed over it. */
function writeAtomically(file: string, data: Uint8Array): void {
  const temporary = `${file}.${process.pid}.${++temporaryFiles}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

async function open(file: string): Promise<Store> {
  const SQL = await initSqlJs();
  const load = () => new SQL.Database(existsSync(file) ? readFileSync(file) : undefined);
  let db = load();

  const persist = () => writeAtomically(file, db.export());
  /** Runs `work` and writes the file; if the write fails, memory goes back to what the file holds. */
  const change = <T>(work: () => T): T => {
    const result = work();
    try {
      persist();
    } catch (error) {
      db.close();
      db = load();
      throw error;
    }
    return result;
  };

  if (!existsSync(file)) {
    change(() => {
      db.exec(SCHEMA);
      for (const comment of missedInterviewDiscussion) insertComment(db, comment);
    });
  }

  const comment = (id: string) => {
    const [row] = all(db, `SELECT ${COMMENT_COLUMNS} FROM comments WHERE id = ?`, [id]);
    return row ? toComment(row) : undefined;
  };

  return {
    file,
    comments: () => all(db, `SELECT ${COMMENT_COLUMNS} FROM comments ORDER BY seq`).map(toComment),
    comment,
    addComment: ({ parentId, body, author }) =>
      change(() => {
        const id = `r-${crypto.randomUUID()}`;
        // A flat, numbered discussion: new top-level comments continue the numbering.
        const number = parentId ? null : Number(all(db, 'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM comments')[0]!.next);
        insertComment(db, {
          id,
          parentId,
          number,
          author,
          body,
          createdAt: new Date().toISOString(),
          status: 'published',
        });
        return comment(id)!;
      }),
    subscribe: (input, status = 'subscribed') => {
      const key = input.email.toLowerCase();
      if (all(db, 'SELECT 1 FROM subscribers WHERE email_key = ?', [key]).length) return 'already-subscribed';
      return change(() => {
        db.run(
          `INSERT INTO subscribers (email_key, email, first_name, interests, consent_version, consent_at, consent_channels, source, locale, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            key,
            input.email,
            input.firstName ?? null,
            input.interests?.length ? JSON.stringify(input.interests) : null,
            input.consentVersion,
            input.consentAt ?? null,
            input.consentChannels?.length ? JSON.stringify(input.consentChannels) : null,
            input.source ?? null,
            input.locale ?? null,
            status,
            new Date().toISOString(),
          ],
        );
        return status;
      });
    },
  };
}

// One store per file for the whole process. Next.js bundles the page and each
// route handler separately, so a module-level variable would give each its own
// copy of the database; globalThis is shared by all of them.
const stores = ((globalThis as { [key: symbol]: Map<string, Promise<Store>> })[Symbol.for('hiring-desk.stores')] ??= new Map());

/**
 * The store in `dataDir` (created if missing), opened once per process. The
 * file is `<dataDir>/hiring-desk.sqlite`.
 */
export function openStore(dataDir: string): Promise<Store> {
  const file = join(resolve(dataDir), 'hiring-desk.sqlite');
  let store = stores.get(file);
  if (!store) {
    mkdirSync(resolve(dataDir), { recursive: true });
    store = open(file);
    stores.set(file, store);
    // A failed open (an unreadable file, say) is tried again on the next request.
    store.catch(() => stores.delete(file));
  }
  return store;
}

/** The data directory: `$CAREERKIT_EXAMPLE_DATA`, else `.data` in the working directory. */
export function dataDir(): string {
  return process.env.CAREERKIT_EXAMPLE_DATA || join(process.cwd(), '.data');
}
