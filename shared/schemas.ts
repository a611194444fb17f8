// Schemas for every JSON body on the wire. Objects are strict: an unknown field is an error
// the client hears about, not something silently ignored.
import { z } from 'zod';
import { nameProblem } from './names.ts';
import { LANGUAGES } from './languages.ts';
import { Limits } from './wire.ts';

/**
 * Every form of line break a program might split text on: CR LF, a bare CR or LF, vertical tab,
 * form feed, NEL, and the Unicode line and paragraph separators. Words are stored with \n only,
 * and every output that cares about lines (calendar files, Markdown) escapes all of these.
 */
export const LINE_BREAKS = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g;

/** Text a person typed: trimmed, every line break made \n, no other control characters but tabs. */
export const text = (max: number) =>
  z
    .string()
    .max(max * 4) // cheap guard before normalising a huge string
    .transform((s) => s.normalize('NFC').replace(LINE_BREAKS, '\n').trim())
    .pipe(
      z
        .string()
        .max(max, { message: `Please keep this under ${max} characters.` })
        // C0 and C1 controls and DEL; \t and \n stay.
        // eslint-disable-next-line no-control-regex
        .refine((s) => !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(s), { message: 'This has characters we cannot store.', params: { kind: 'control-characters' } }),
    );

/** Text that stays on one line wherever it is shown: a name, a place, a label, a promise. */
export const oneLine = (max: number) => text(max).refine((s) => !s.includes('\n'), { message: 'Please keep this on one line.', params: { kind: 'one-line' } });

/** A person's name (their own, or the friend they invite): one line, every character visible. */
const displayName = oneLine(Limits.nameChars).pipe(
  z
    .string()
    .min(1, 'Please write a name.')
    .superRefine((name, ctx) => {
      const problem = nameProblem(name);
      if (problem === 'hidden-characters')
        ctx.addIssue({ code: 'custom', message: 'This name has characters that do not show or that turn text around.', params: { kind: 'hidden-characters' } });
      else if (problem === 'invisible') ctx.addIssue({ code: 'custom', message: 'Please write a name that can be seen.', params: { kind: 'invisible' } });
    }),
);

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31.').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}, { message: 'That is not a real date.', params: { kind: 'not-a-date' } });

const password = z
  .string()
  .min(Limits.passwordMinChars, `Please use at least ${Limits.passwordMinChars} characters.`)
  .max(Limits.passwordMaxChars);

export const signUpBody = z.strictObject({
  /** The name to sign in with: unique here (case, width and look-alike letters aside). */
  name: displayName,
  /** The name the friend sees, which need not be unique; the sign-in name when left out. */
  displayName: displayName.optional(),
  password,
  email: z.email().max(Limits.emailChars).optional(),
});

export const signInBody = z.strictObject({
  name: z.string().min(1).max(Limits.nameChars * 4),
  password: z.string().min(1).max(Limits.passwordMaxChars),
});

/** Changing the password while signed in: the current one first, as when deleting. */
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(Limits.passwordMaxChars),
  newPassword: password,
});

export const recoverBody = z.strictObject({
  name: z.string().min(1).max(Limits.nameChars * 4),
  code: z.string().min(1).max(64),
  newPassword: password,
});

export const openSpaceBody = z.strictObject({
  friendName: displayName,
  note: text(Limits.noteChars),
});

export const answerInvitationBody = z.strictObject({
  answer: z.enum(['join', 'not-yet', 'no-thanks']),
  askAgainAfter: isoDate.optional(),
});

const commandId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A command id is 8 to 64 letters, digits, - or _.');

const words = text(Limits.turnChars).pipe(z.string().min(1, 'Please write something first, or pass.'));
const deckId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64);
const onPrompt = { id: commandId, deckId, promptId: deckId };

const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const shape = z.enum(['closer', 'close-differently', 'lighter', 'pause', 'parting']);
const meetingId = z.string().regex(/^m\d{1,6}$/);
const commitmentId = z.string().regex(/^c\d{1,6}$/);
/** A meeting time: a full ISO date-time with a zone, so both read the same moment. */
const when = z.iso.datetime({ offset: true });
const place = oneLine(Limits.placeChars).optional();
const promise = oneLine(Limits.commitmentChars).pipe(z.string().min(1, 'Please say what you will do.'));

/** Commands a member may send to /api/spaces/:id/commands. */
export const spaceCommandBody = z.discriminatedUnion('type', [
  z.strictObject({ id: commandId, type: z.literal('leave'), lastMessage: text(Limits.lastMessageChars).optional() }),
  z.strictObject({
    id: commandId,
    type: z.literal('set-pace'),
    pace: z.enum(['ready', 'taking-time', 'paused']),
    backAround: isoDate.optional(),
  }),
  z.strictObject({ id: commandId, type: z.literal('hand-over-first-turn') }),
  // Not trimmed or normalised: agreement is to these exact words, as the document holds them.
  z.strictObject({ id: commandId, type: z.literal('agree-ground-rules'), text: z.string().max(Limits.groundRulesChars) }),
  z.strictObject({ id: commandId, type: z.literal('choose-deck'), deckId }),
  z.strictObject({ ...onPrompt, type: z.literal('share'), text: words }),
  z.strictObject({ ...onPrompt, type: z.literal('pass') }),
  z.strictObject({ ...onPrompt, type: z.literal('hear'), text: words }),
  z.strictObject({ ...onPrompt, type: z.literal('clarify'), text: words }),
  z.strictObject({ ...onPrompt, type: z.literal('confirm') }),
  z.strictObject({ id: commandId, type: z.literal('offer-apology'), text: words }),
  z.strictObject({ id: commandId, type: z.literal('propose-meeting'), when, mode: z.enum(['in-person', 'video']), place }),
  z.strictObject({ id: commandId, type: z.literal('answer-meeting'), meetingId, answer: z.enum(['accept', 'not-yet']) }),
  z.strictObject({ id: commandId, type: z.literal('move-meeting'), meetingId, when, mode: z.enum(['in-person', 'video']), place }),
  z.strictObject({ id: commandId, type: z.literal('share-meeting-line'), meetingId, text: text(Limits.lineChars).pipe(z.string().min(1)) }),
  z.strictObject({ id: commandId, type: z.literal('propose-commitment'), text: promise, due: isoDate.optional() }),
  z.strictObject({
    id: commandId,
    type: z.literal('answer-commitment'),
    commitmentId,
    answer: z.enum(['accept', 'decline', 'suggest']),
    suggestion: text(Limits.commitmentChars).optional(),
  }),
  z.strictObject({ id: commandId, type: z.literal('revise-commitment'), commitmentId, text: promise, due: isoDate.optional() }),
  z.strictObject({ id: commandId, type: z.literal('keep-commitment'), commitmentId }),
  z.strictObject({ id: commandId, type: z.literal('notice-commitment'), commitmentId }),
  z.strictObject({ id: commandId, type: z.literal('choose-rhythm'), rhythm: z.enum(['weekly', 'fortnightly', 'monthly', 'on-request']) }),
  z.strictObject({ id: commandId, type: z.literal('ask-checkin') }),
  z.strictObject({
    id: commandId,
    type: z.literal('answer-checkin'),
    safe: score,
    seen: score,
    appreciated: score,
    note: text(Limits.lineChars * 4).optional(),
  }),
  z.strictObject({ id: commandId, type: z.literal('start-reassessment') }),
  z.strictObject({ id: commandId, type: z.literal('choose-reassessment'), now: shape, hope: shape, words: text(Limits.turnChars).optional() }),
  z.strictObject({ id: commandId, type: z.literal('mark-statement'), text: z.string().max(Limits.groundRulesChars) }),
  z.strictObject({
    id: commandId,
    type: z.literal('answer-apology'),
    apologyId: z.string().regex(/^a\d{1,6}$/),
    response: z.enum(['hear-you', 'part-lands', 'still-need']),
    text: text(Limits.turnChars).optional(),
  }).refine((c) => c.response !== 'still-need' || !!c.text?.trim(), { message: 'Please say what you still need.', path: ['text'] }),
]);

export type SignUpBody = z.infer<typeof signUpBody>;
export type SignInBody = z.infer<typeof signInBody>;
export type OpenSpaceBody = z.infer<typeof openSpaceBody>;
export type AnswerInvitationBody = z.infer<typeof answerInvitationBody>;
export type SpaceCommandBody = z.infer<typeof spaceCommandBody>;

/** The language Mend speaks to a person in. */
export const languageBody = z.strictObject({ language: z.enum(LANGUAGES) });

/** Add, change or remove the address used only for reminders a person asked for. */
export const emailBody = z.strictObject({ email: z.email().max(Limits.emailChars).nullable() });
