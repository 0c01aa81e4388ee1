// Profiles a window of a server process's life through the inspector protocol (the process runs
// with --inspect): start after the warm-up, stop after the load, so that start-up (module loading,
// migrations, the grammar checker's WebAssembly) does not blur what a turn costs.
import WebSocket from 'ws';
import type { CpuProfile } from './cpu-profile';

export async function attachProfiler(inspectPort: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(targets[0]!.webSocketDebuggerUrl, { maxPayload: 1024 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const call = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve) => {
      const id = ++nextId;
      pending.set(id, (result) => resolve(result as T));
      ws.send(JSON.stringify({ id, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 1000 });
  return {
    start: () => call('Profiler.start'),
    async stop(): Promise<CpuProfile> {
      const { profile } = await call<{ profile: CpuProfile }>('Profiler.stop');
      ws.close();
      return profile;
    },
  };
}
