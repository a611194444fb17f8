// Loopback ports for the services a cluster run or a test starts for itself.
import { execFileSync } from 'node:child_process';
import net from 'node:net';

const canListen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** A free port below the kernel's ephemeral range, so no outgoing socket takes it between restarts. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if (await canListen(port)) return port;
  }
  throw new Error('no free port between 20000 and 30000');
}

/** Resolves once something accepts connections on the port, or rejects after `withinMs`. */
export async function waitForPort(port: number, withinMs = 15_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listened on port ${port} within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether a program is installed: it runs and exits 0 when asked for its version. */
export function installed(program: string, versionFlag: string): boolean {
  try {
    execFileSync(program, [versionFlag], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
