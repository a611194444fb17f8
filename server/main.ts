// The process entry point: read the environment, start, and stop cleanly on a signal.
import { loadConfig } from './config.ts';
import { logError, logInfo } from './log.ts';
import { startServer } from './server.ts';

const config = loadConfig();
const running = await startServer(config);
logInfo('listening', { url: config.publicOrigin, port: running.port, data: config.dataDir });

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logInfo('stopping', { signal });
  await running.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('uncaughtException', (error) => logError('uncaught exception', error));
process.on('unhandledRejection', (error) => logError('unhandled rejection', error));
