// The server's only logger. It writes structured lines with route patterns and codes, never
// request bodies, paths with ids or tokens, or anything a person wrote.
type Fields = Record<string, string | number | boolean | undefined>;

const write = (level: 'info' | 'error', msg: string, fields: Fields) => {
  if (process.env.MEND_QUIET === '1' && level === 'info') return;
  process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields })}\n`);
};

export const logInfo = (msg: string, fields: Fields = {}) => write('info', msg, fields);

export const logError = (msg: string, error: unknown, fields: Fields = {}) =>
  write('error', msg, {
    ...fields,
    error: error instanceof Error ? error.name : typeof error,
    // The message of our own errors is ours; a driver's message can quote data, so keep it short.
    detail: error instanceof Error ? error.message.slice(0, 200) : undefined,
  });
