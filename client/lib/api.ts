// The one fetch wrapper. Pages call these functions, never fetch. Errors become ApiError with
// the server's code, so pages show words from content/ for it.
import type {
  AnswerResult,
  CommandResult,
  CurrentSession,
  InvitationView,
  Me,
  OpenSpaceResult,
  SignUpResult,
  SpaceDetail,
  SpaceSummary,
} from '../../shared/api-types.ts';
import type { DateThatMatters } from '../../shared/dates.ts';
import type { ErrorBody, ErrorDetail } from '../../shared/errors.ts';
import type { DateView, Notice, ReminderSettings } from '../../shared/personal-types.ts';
import type { EmailFrequency } from '../../shared/personal-schemas.ts';
import type { Language } from '../../shared/languages.ts';
import type { CheckinAnswer, ReassessmentChoice } from '../../shared/space/types.ts';

/** This person's own sealed answers in the open rounds; the other's are never sent. */
export interface MySealed {
  checkin: CheckinAnswer | null;
  reassessment: ReassessmentChoice | null;
}

export type NewDate = Omit<DateThatMatters, 'id'>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly reason?: string,
    /** Seconds the server asked us to wait (Retry-After on a 429). */
    readonly retryAfter?: number,
    /** For a refused field: the kind of problem and its bound, said in words from content/. */
    readonly detail: ErrorDetail = {},
  ) {
    super(message);
  }
}

const retryAfterOf = (res: Response): number | undefined => {
  const seconds = Number(res.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
};

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'offline');
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (data as ErrorBody | null)?.error;
    throw new ApiError(res.status, error?.code ?? 'generic', error?.message ?? res.statusText, error?.reason, retryAfterOf(res), { kind: error?.kind, limit: error?.limit });
  }
  return data as T;
}

/** A copy of my words as a file: readable Markdown or the complete JSON. */
export type CopyFormat = 'markdown' | 'json';

export interface CopyFile {
  blob: Blob;
  filename: string;
}

/** The server picks the format by the Accept header, so a copy is fetched rather than linked. */
async function fetchCopy(path: string, format: CopyFormat): Promise<CopyFile> {
  // The readable copy tells times in this person's own zone.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let res: Response;
  try {
    res = await fetch(zone ? `${path}?tz=${encodeURIComponent(zone)}` : path, {
      credentials: 'same-origin',
      headers: { accept: format === 'markdown' ? 'text/markdown' : 'application/json' },
    });
  } catch {
    throw new ApiError(0, 'network', 'offline');
  }
  if (!res.ok) {
    const error = ((await res.json().catch(() => null)) as ErrorBody | null)?.error;
    throw new ApiError(res.status, error?.code ?? 'generic', error?.message ?? res.statusText, error?.reason);
  }
  const named = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await res.blob(), filename: named ?? `mend-export.${format === 'markdown' ? 'md' : 'json'}` };
}

/** A client-made command id, so a retried submission is applied once. */
export const commandId = (): string => crypto.randomUUID().replace(/-/g, '');

/** Sends one command to the space's referee; the body carries its client-made id. */
export const sendCommand = (spaceId: string, body: { id: string; type: string } & Record<string, unknown>) =>
  call<CommandResult>('POST', `/api/spaces/${encodeURIComponent(spaceId)}/commands`, body);

export const api = {
  /** Who is signed in here, or null: a 200 either way, so signed-out pages log no error. */
  currentSession: () => call<CurrentSession>('GET', '/api/sessions/current'),
  /** `name` signs in and is unique here; `displayName` is what the friend sees (the sign-in name when left out). */
  signUp: (name: string, password: string, email?: string, displayName?: string) =>
    call<SignUpResult>('POST', '/api/accounts', { name, password, ...(email ? { email } : {}), ...(displayName ? { displayName } : {}) }),
  signIn: (name: string, password: string) => call<{ me: Me }>('POST', '/api/sessions', { name, password }),
  signOut: () => call<void>('DELETE', '/api/sessions/current'),
  recover: (name: string, code: string, newPassword: string) =>
    call<{ me: Me }>('POST', '/api/accounts/recover', { name, code, newPassword }),
  spaces: () => call<SpaceSummary[]>('GET', '/api/spaces'),
  space: (id: string) => call<SpaceDetail>('GET', `/api/spaces/${encodeURIComponent(id)}`),
  openSpace: (friendName: string, note: string) => call<OpenSpaceResult>('POST', '/api/spaces', { friendName, note }),
  renewInvitation: (id: string) => call<{ inviteUrl: string }>('POST', `/api/spaces/${encodeURIComponent(id)}/invitation`),
  revokeInvitation: (id: string) => call<void>('DELETE', `/api/spaces/${encodeURIComponent(id)}/invitation`),
  invitation: (token: string) => call<InvitationView>('GET', `/api/invitations/${encodeURIComponent(token)}`),
  answerInvitation: (token: string, answer: AnswerResult['answer'], askAgainAfter?: string) =>
    call<AnswerResult>('POST', `/api/invitations/${encodeURIComponent(token)}`, askAgainAfter ? { answer, askAgainAfter } : { answer }),
  sealed: (spaceId: string) => call<MySealed>('GET', `/api/spaces/${encodeURIComponent(spaceId)}/sealed`),
  dates: (spaceId: string) => call<DateView[]>('GET', `/api/spaces/${encodeURIComponent(spaceId)}/dates`),
  addDate: (spaceId: string, date: NewDate) => call<DateView>('POST', `/api/spaces/${encodeURIComponent(spaceId)}/dates`, date),
  removeDate: (spaceId: string, dateId: string) =>
    call<void>('DELETE', `/api/spaces/${encodeURIComponent(spaceId)}/dates/${encodeURIComponent(dateId)}`),
  /** The agreed meeting as a calendar file; a plain link, so the browser downloads it. */
  calendarUrl: (spaceId: string, meetingId: string) =>
    `/api/spaces/${encodeURIComponent(spaceId)}/meetings/${encodeURIComponent(meetingId)}/calendar.ics`,
  /** My copy of everything, or of one space. */
  exportAll: (format: CopyFormat) => fetchCopy('/api/export', format),
  exportSpace: (spaceId: string, format: CopyFormat) => fetchCopy(`/api/spaces/${encodeURIComponent(spaceId)}/export`, format),
  reminders: () => call<ReminderSettings>('GET', '/api/me/reminders'),
  setEmail: (email: string | null) => call<Me>('PUT', '/api/me/email', { email }),
  setLanguage: (language: Language) => call<Me>('PATCH', '/api/me/language', { language }),
  setReminders: (email: EmailFrequency) => call<ReminderSettings>('PUT', '/api/me/reminders', { email }),
  notices: () => call<Notice[]>('GET', '/api/notices'),
  /** Sets a new password; 401 when the current one is wrong. Every other session ends. */
  changePassword: (currentPassword: string, newPassword: string) =>
    call<void>('PUT', '/api/me/password', { currentPassword, newPassword }),
  /** Deletes my account and my words; 401 on a wrong password. The session cookie is cleared. */
  deleteAccount: (password: string) => call<void>('DELETE', '/api/accounts/me', { password }),
  leave: (spaceId: string, id: string, lastMessage?: string) =>
    call<CommandResult>('POST', `/api/spaces/${encodeURIComponent(spaceId)}/commands`, {
      id,
      type: 'leave',
      ...(lastMessage ? { lastMessage } : {}),
    }),
};
