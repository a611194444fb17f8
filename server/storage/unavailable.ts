// Whether an error means the database cannot be reached right now (PostgreSQL stopped or
// restarting, the network to it down), as opposed to a fault in a request or in our code. Such
// a request gets 503 and "try again", and the instance keeps running: it recovers by itself
// once the database is back (the pool makes new connections).
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// PostgreSQL's SQLSTATE: class 08 (connection exception), 57P01-57P03 (shutting down, cannot connect now).
const SHUTTING_DOWN = new Set(['57P01', '57P02', '57P03']);
// node-postgres's own words for a connection that went away or never came.
const DRIVER_WORDS = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i;

export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE.has(code) || SHUTTING_DOWN.has(code) || code.startsWith('08'))) return true;
  return DRIVER_WORDS.test(error.message);
}
