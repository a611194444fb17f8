// Numbered schema migrations for PostgreSQL. Append only, as for SQLite (migrations.ts): a
// shipped migration is never edited. The first one creates the shape SQLite reached at its
// migration 8, with PostgreSQL's types: BIGINT where milliseconds, sequence numbers or Yjs client
// ids pass 2^31, BYTEA for bytes, TEXT for JSON so a stored log reads back byte for byte as
// written; times kept as ISO text sort and compare byte by byte (COLLATE "C"), as in SQLite,
// whatever the database's locale. Its numbering is its own: the two engines never share a database.
export const pgMigrations: readonly string[] = [
  /* 1: everything SQLite has at its version 8, plus a counter per document */ `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    display_name TEXT,
    name_key TEXT NOT NULL UNIQUE,
    name_skeleton TEXT,
    password_hash TEXT NOT NULL,
    email TEXT,
    created_at TEXT COLLATE "C" NOT NULL
  );
  CREATE UNIQUE INDEX users_by_name_skeleton ON users(name_skeleton) WHERE name_skeleton IS NOT NULL;

  CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TEXT,
    PRIMARY KEY (user_id, code_hash)
  );

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    secret_hash BYTEA NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions(user_id);

  CREATE TABLE spaces (
    id TEXT PRIMARY KEY,
    opener_id TEXT NOT NULL REFERENCES users(id),
    invitee_id TEXT REFERENCES users(id),
    phase TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    log_version BIGINT NOT NULL DEFAULT 0
  );
  CREATE INDEX spaces_by_opener ON spaces(opener_id);
  CREATE INDEX spaces_by_invitee ON spaces(invitee_id);

  CREATE TABLE invitations (
    space_id TEXT PRIMARY KEY REFERENCES spaces(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
  );

  CREATE TABLE space_events (
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (space_id, seq)
  );

  CREATE TABLE space_commands (
    space_id TEXT NOT NULL,
    command_id TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    events TEXT NOT NULL,
    body_hash TEXT,
    PRIMARY KEY (space_id, command_id)
  );

  -- The newest sequence number of each document. Taking its row lock is what makes the numbers
  -- of one document gap-free in commit order; it outlives deleteDoc so numbers never restart.
  CREATE TABLE doc_heads (
    doc TEXT PRIMARY KEY,
    seq BIGINT NOT NULL
  );

  CREATE TABLE doc_updates (
    doc TEXT NOT NULL,
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (doc, seq)
  );

  CREATE TABLE doc_snapshots (
    doc TEXT PRIMARY KEY,
    data BYTEA NOT NULL,
    upto_seq BIGINT NOT NULL
  );

  CREATE TABLE doc_writers (
    doc TEXT NOT NULL,
    client_id BIGINT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (doc, client_id)
  );
  CREATE INDEX doc_writers_by_user ON doc_writers(user_id);

  CREATE TABLE sealed_answers (
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    round_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (space_id, kind, round_id, user_id)
  );

  CREATE TABLE dates_that_matter (
    id TEXT COLLATE "C" PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    remind_days_before INTEGER NOT NULL CHECK (remind_days_before >= 0),
    created_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX dates_by_keeper ON dates_that_matter(user_id, space_id);

  CREATE TABLE reminder_settings (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    email TEXT NOT NULL CHECK (email IN ('never', 'daily', 'weekly')),
    last_sent_at TEXT
  );
  `,
  /* 2: the language Mend speaks to each person in (SQLite's migration 9). NULL: not chosen
        yet, so English. */ `
  ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'nl'));
  `,
];

/** Every table that can hold a person's words or traces of them: scrub() rewrites each. */
export const personalTables = [
  'users',
  'recovery_codes',
  'sessions',
  'spaces',
  'invitations',
  'space_events',
  'space_commands',
  'doc_updates',
  'doc_snapshots',
  'doc_writers',
  'sealed_answers',
  'dates_that_matter',
  'reminder_settings',
] as const;
