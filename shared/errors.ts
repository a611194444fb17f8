// The one JSON error shape every HTTP error takes, and the codes a client can act on. The
// message is for whoever reads the raw response; people read words the client finds in
// content/ by code (errors.<code>), and for a refused field by its field and kind.
import type { ValidationKind } from './validation.ts';

export const ERROR_CODES = [
  'bad-request', 'invalid-json', 'unknown-field', 'validation', 'unauthorized', 'forbidden', 'foreign-origin', 'not-found',
  'conflict', 'name-taken', 'bad-credentials', 'wrong-password', 'bad-recovery-code', 'too-many-attempts', 'slow-down',
  'too-many-spaces', 'too-many-sign-ups', 'too-large', 'invitation-gone', 'refused', 'id-reused', 'server-error', 'unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** For a `validation` error: what kind of problem the field in `reason` had, and its bound. */
export interface ErrorDetail {
  kind?: ValidationKind;
  limit?: number;
}

export interface ErrorBody {
  error: { code: ErrorCode | string; message: string; reason?: string } & ErrorDetail;
}

export const errorBody = (code: ErrorCode | string, message: string, reason?: string, detail: ErrorDetail = {}): ErrorBody => ({
  error: { code, message, ...(reason === undefined ? {} : { reason }), ...detail },
});
