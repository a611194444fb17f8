// The process entry point: read the environment, start, and stop cleanly on a signal.
import { loadConfig } from './config.ts';
import { logError, logInfo } from './log.ts';
import { startServer } from './server.ts';

const config = loadConfig();
let running: Awaited<ReturnType<typeof startServer>>;
try {
  running = await startServer(config);
} catch (error) {
  // A database that cannot be reached, a schema newer than this code: one plain sentence, no stack.
  logError('could not start', error);
  process.stderr.write(`Mend could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
logInfo('listening', { url: config.publicOrigin, port: running.port, data: config.dataDir });

/** The exit code for "something in here broke" (EX_SOFTWARE): a supervisor restarts on it. */
const EXIT_BROKEN = 70;
/** A stop that hangs must not keep a broken process alive. */
const STOP_WITHIN_MS = 5_000;

let stopping = false;
const stop = async (reason: string, code: number) => {
  if (stopping) return;
  stopping = true;
  logInfo('stopping', { reason });
  setTimeout(() => process.exit(code), STOP_WITHIN_MS).unref();
  try {
    await running.close();
  } finally {
    process.exit(code);
  }
};
process.on('SIGINT', () => void stop('SIGINT', 0));
process.on('SIGTERM', () => void stop('SIGTERM', 0));
// After an error nobody caught, the process's state is unknown: stop and let the supervisor
// start a fresh one (README, "Running it for real"). Nothing is lost: every update and event
// was on disk before anyone saw it, and clients reconnect with what they hold.
process.on('uncaughtException', (error) => {
  logError('uncaught exception', error);
  void stop('uncaught exception', EXIT_BROKEN);
});
process.on('unhandledRejection', (error) => {
  logError('unhandled rejection', error);
  void stop('unhandled rejection', EXIT_BROKEN);
});
