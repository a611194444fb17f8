// Names both sides of the wire agree on: paths, message tags, close codes, limits.
// Kept in one place so the server, the client and the tests cannot drift apart.

/** y-websocket protocol message tags (the first varUint of every frame). */
export const MessageTag = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/**
 * WebSocket close codes. 44xx mirror HTTP 4xx: the stock WebsocketProvider treats the
 * 4400-4499 range as permanent and stops reconnecting, which is what a refusal needs.
 */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  badFrame: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  /** The space closed: what this device wrote after that is refused, and stays on the device. */
  spaceClosed: 4409,
  notFound: 4404,
  tooLarge: 4413,
  /** Too many frames: standard "try again later", so the stock client backs off and
   *  reconnects with everything it holds, rather than stopping for good. */
  slowDown: 1013,
  signedOut: 4440,
  serverError: 4500,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** The three documents of a space, as the `roomname` a client asks for. */
export const DocKinds = ['log', 'together', 'mine'] as const;
export type DocKind = (typeof DocKinds)[number];

export const isDocKind = (value: string): value is DocKind =>
  (DocKinds as readonly string[]).includes(value);

/** Space ids are 16 lower-case base32 characters (80 random bits). */
export const isSpaceId = (id: string): boolean => /^[a-z2-7]{16}$/.test(id);

export const syncPath = (spaceId: string) => `/sync/spaces/${spaceId}`;

/** A person's own notebook: `WebsocketProvider(origin + '/sync/me', 'notebook', doc)`. */
export const NOTEBOOK = 'notebook';
export const NOTEBOOK_PATH = '/sync/me';
/** In the notebook: reflections by space id ("next" for the one written before inviting). */
export const REFLECTIONS_KEY = 'reflections';
export const NEXT_REFLECTION = 'next';

/** The Y.Array in the log document that holds accepted events, in order. */
export const LOG_EVENTS_KEY = 'events';
/** The Y.Text in the together document for the co-written ground rules. */
export const GROUND_RULES_KEY = 'groundRules';
/** The Y.Text in the together document for "our friendship now". */
export const STATEMENT_KEY = 'ourFriendshipNow';

export const Limits = {
  /** A JSON body; a generous letter fits in a fraction of this. */
  bodyBytes: 64 * 1024,
  /** One WebSocket frame; a long pasted text is far below this. */
  frameBytes: 512 * 1024,
  nameChars: 60,
  noteChars: 2_000,
  lastMessageChars: 2_000,
  /** One turn in a conversation: a long letter, not a book. */
  turnChars: 10_000,
  groundRulesChars: 5_000,
  placeChars: 300,
  commitmentChars: 500,
  /** The one line shared after meeting, and a check-in note's unit. */
  lineChars: 280,
  passwordMinChars: 10,
  passwordMaxChars: 256,
  emailChars: 254,
  /** A date that matters: "Sam's birthday", "the day her dad died". */
  dateLabelChars: 80,
  /** Two months ahead is the furthest a reminder of a yearly date is useful. */
  remindDaysBeforeMax: 60,
  /** Dates one person keeps for one space; far more than anyone needs, small enough to list cheaply. */
  datesPerSpace: 50,
} as const;
