// Numbered schema migrations. Append only: a shipped migration is never edited, so every
// database, however old, reaches the same shape by running the ones it has not run yet. Most
// are SQL; one that needs code (a value computed from what is stored) is a function, run in the
// same transaction. A change to how that value is computed is a new migration, not an edit.
import { nameSkeleton } from '../../shared/names.ts';
import type { Db } from './db.ts';

export type Migration = string | ((db: Db) => void);

export const migrations: readonly Migration[] = [
  /* 1: accounts, sessions, spaces, the event log, Yjs documents */ `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    email TEXT,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TEXT,
    PRIMARY KEY (user_id, code_hash)
  ) STRICT;

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    secret_hash BLOB NOT NULL,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX sessions_by_user ON sessions(user_id);

  CREATE TABLE spaces (
    id TEXT PRIMARY KEY,
    opener_id TEXT NOT NULL REFERENCES users(id),
    invitee_id TEXT REFERENCES users(id),
    phase TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX spaces_by_opener ON spaces(opener_id);
  CREATE INDEX spaces_by_invitee ON spaces(invitee_id);

  CREATE TABLE invitations (
    space_id TEXT PRIMARY KEY REFERENCES spaces(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE space_events (
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (space_id, seq)
  ) STRICT;

  CREATE TABLE space_commands (
    space_id TEXT NOT NULL,
    command_id TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    events TEXT NOT NULL,
    PRIMARY KEY (space_id, command_id)
  ) STRICT;

  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
  CREATE INDEX doc_updates_by_doc ON doc_updates(doc, seq);

  CREATE TABLE doc_snapshots (
    doc TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    upto_seq INTEGER NOT NULL
  ) STRICT;
  `,
  /* 2: sealed answers (check-ins, reassessments), kept beside the log until both answered */ `
  CREATE TABLE sealed_answers (
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    round_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (space_id, kind, round_id, user_id)
  ) STRICT;
  `,
  /* 3: dates that matter (private to their keeper) and how often each person wants email */ `
  CREATE TABLE dates_that_matter (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    remind_days_before INTEGER NOT NULL CHECK (remind_days_before >= 0),
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX dates_by_keeper ON dates_that_matter(user_id, space_id);

  CREATE TABLE reminder_settings (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    email TEXT NOT NULL CHECK (email IN ('never', 'daily', 'weekly')),
    last_sent_at TEXT
  ) STRICT;
  `,
  /* 4: a version of each space's log that changes when the log is rewritten (an account deleted),
        so a state folded from it and kept in memory knows it is out of date */ `
  ALTER TABLE spaces ADD COLUMN log_version INTEGER NOT NULL DEFAULT 0;
  `,
  /* 5: what each remembered command id stood for, so an id sent again with another command is
        refused rather than answered with the first command's events (null: remembered before) */ `
  ALTER TABLE space_commands ADD COLUMN body_hash TEXT;
  `,
  /* 6: each name's look-alike skeleton (shared/names.ts), unique, so a new name cannot pass for
        one already taken. Names kept from before that look like an older account's keep their
        account and sign-in, with no skeleton (NULL), so neither of the two is turned away. */
  (db) => {
    db.exec(`
      ALTER TABLE users ADD COLUMN name_skeleton TEXT;
      CREATE UNIQUE INDEX users_by_name_skeleton ON users(name_skeleton) WHERE name_skeleton IS NOT NULL;
    `);
    const people = db.prepare<[], { id: string; name: string }>("SELECT id, name FROM users WHERE name <> '' ORDER BY created_at, id").all();
    const setSkeleton = db.prepare('UPDATE users SET name_skeleton = ? WHERE id = ?');
    const taken = new Set<string>();
    for (const { id, name } of people) {
      const skeleton = nameSkeleton(name);
      if (taken.has(skeleton)) continue;
      taken.add(skeleton);
      setSkeleton.run(skeleton, id);
    }
  },
  /* 7: which Yjs client ids each person wrote a shared document with, so the characters they
        typed into it can be taken out when they delete their account (first claim wins) */ `
  CREATE TABLE doc_writers (
    doc TEXT NOT NULL,
    client_id INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (doc, client_id)
  ) STRICT;
  CREATE INDEX doc_writers_by_user ON doc_writers(user_id);
  `,
  /* 8: the name the friend sees, apart from the unique name one signs in with; it need not be
        unique. NULL (every account from before) means the same as the sign-in name. */ `
  ALTER TABLE users ADD COLUMN display_name TEXT;
  `,
  /* 9: the language Mend speaks to each person in, on screen and in what the server sends
        (emails, calendar files, the readable copy). NULL: not chosen yet, so English. */ `
  ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'nl'));
  `,
];
