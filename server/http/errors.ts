// One way to fail over HTTP: throw `fail(...)`; one onError turns it (or anything else) into
// the JSON error shape from shared/errors.ts. Unexpected errors never leak a stack trace.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, type ErrorDetail, errorBody } from '../../shared/errors.ts';
import { logError } from '../log.ts';
import { isLimitsUnavailable } from '../limits/unavailable.ts';
import { isStoreUnavailable } from '../storage/unavailable.ts';

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode | string,
    message: string,
    readonly reason?: string,
    readonly detail: ErrorDetail = {},
  ) {
    super(status, { message });
  }
}

export const fail = (status: ContentfulStatusCode, code: ErrorCode | string, message: string, reason?: string, detail?: ErrorDetail) =>
  new ApiError(status, code, message, reason, detail);

export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.reason, err.detail), err.status);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = status === 413 ? 'too-large' : status === 404 ? 'not-found' : status === 403 ? 'forbidden' : 'bad-request';
    return c.json(errorBody(code, err.message || 'That request could not be read.'), status);
  }
  if (isStoreUnavailable(err)) {
    // The database is away (restarting, unreachable): nothing was decided, so nothing was lost.
    logError('database unavailable', err, { route: c.req.routePath, method: c.req.method });
    c.header('Retry-After', '5');
    return c.json(errorBody('unavailable', 'We cannot reach our storage for a moment. Nothing you sent was lost; please try again shortly.'), 503);
  }
  if (isLimitsUnavailable(err)) {
    // Redis, which counts guesses across instances, is away: refuse rather than let guesses
    // through uncounted. Nothing was checked, so nothing was decided (limits/unavailable.ts).
    logError('limits unavailable', err, { route: c.req.routePath, method: c.req.method });
    c.header('Retry-After', '5');
    return c.json(errorBody('unavailable', 'We cannot reach our storage for a moment. Nothing you sent was lost; please try again shortly.'), 503);
  }
  logError('unhandled', err, { route: c.req.routePath, method: c.req.method });
  return c.json(errorBody('server-error', 'Something went wrong on our side. Nothing you sent was lost.'), 500);
}

export const handleNotFound = (c: Context) => c.json(errorBody('not-found', 'There is nothing here.'), 404);
