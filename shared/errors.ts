// The one JSON error shape every HTTP error takes, and the codes a client can act on.

export type ErrorCode =
  | 'bad-request'
  | 'invalid-json'
  | 'unknown-field'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'foreign-origin'
  | 'not-found'
  | 'conflict'
  | 'name-taken'
  | 'bad-credentials'
  | 'wrong-password'
  | 'bad-recovery-code'
  | 'too-many-attempts'
  | 'slow-down'
  | 'too-many-spaces'
  | 'too-many-sign-ups'
  | 'too-large'
  | 'invitation-gone'
  | 'refused'
  | 'id-reused'
  | 'server-error';

export interface ErrorBody {
  error: { code: ErrorCode | string; message: string; reason?: string };
}

export const errorBody = (code: ErrorCode | string, message: string, reason?: string): ErrorBody => ({
  error: reason === undefined ? { code, message } : { code, message, reason },
});
