// Runs the real server as a child process, for benchmarks and multi-process tests: its memory
// and event loop are its own, it listens on a free port, and it can be stopped or killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  rssMb(): number;
  /** CPU time (user + system) the server has used so far. */
  cpuMs(): number;
  stop(): Promise<void>;
  /** Ends the process at once, as a crash would (no graceful shutdown). */
  kill(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const root = path.resolve(import.meta.dirname, '../..');
  const extraArgs = process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...extraArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    // Benchmarks sign up hundreds of learners from 127.0.0.1: no limit on sign-ups per address.
    // DATABASE_URL is cleared (a caller passes its test database): the developer's own server
    // database in the environment or in .env must never be the one a test writes to.
    env: { ...process.env, LOG_LEVEL: 'warn', BCRYPT_ROUNDS: '4', REGISTER_MAX_PER_ADDRESS: '0', DATABASE_URL: '', ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Not left running behind the failed benchmark or test (it holds memory and a port).
      await endProcess(child, 'SIGKILL');
      throw new Error(`server did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime and stime are fields 14 and 15 of stat (12 and 13 after the command name), in clock ticks.
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: () => endProcess(child, 'SIGTERM'),
    kill: () => endProcess(child, 'SIGKILL'),
  };
}

function endProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
