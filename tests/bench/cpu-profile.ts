// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time by package and by function. A
// package is the npm package a frame's file belongs to (node_modules/<name>), "node:internal"
// for Node's own code, "app:<folder>" for this repository's code, "wasm" for WebAssembly frames
// and "(garbage collector)" / "(program)" as V8 names them. Idle time is left out of the total.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('wasm://')) return 'wasm';
  if (url.startsWith('node:')) return 'node:internal';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const app = /\/(server|shared)\/(.+)$/.exec(url);
  if (app) {
    const parts = app[2]!.split('/');
    return `app:${app[1]}/${parts.length > 1 ? parts[0] : parts[0]!.replace(/\.ts$/, '')}`;
  }
  return url;
}

export interface ProfileSummary {
  totalMs: number;
  packages: { name: string; selfMs: number; percent: number }[];
  functions: { name: string; package: string; selfMs: number; percent: number }[];
  /**
   * Where the libraries' time comes from: each sample charged to the nearest function of this
   * repository on its stack (its own time and that of the libraries it called).
   */
  appCallers: { name: string; ms: number; percent: number; packages: Record<string, number> }[];
}

const isAppUrl = (url: string) => /\/(server|shared)\//.test(url) && !url.includes('/node_modules/') && !url.includes('/db/generated/');

export const readProfile = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

export function summarizeProfile(profile: CpuProfile, top = { packages: 15, functions: 25 }): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const shortName = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(server|shared)\//, '$1/') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const callers = new Map<string, { us: number; packages: Map<string, number> }>();
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const packages = new Map<string, number>();
  const functions = new Map<string, { package: string; us: number }>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    totalUs += us;
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const key = shortName(byId.get(id)!);
    let caller: ProfileNode | undefined = byId.get(id);
    while (caller && !isAppUrl(caller.callFrame.url)) caller = byId.get(parentOf.get(caller.id) ?? -1);
    const callerKey = caller ? shortName(caller) : '(no app code on the stack)';
    const charged = callers.get(callerKey) ?? { us: 0, packages: new Map<string, number>() };
    charged.us += us;
    charged.packages.set(pkg, (charged.packages.get(pkg) ?? 0) + us);
    callers.set(callerKey, charged);
    const entry = functions.get(key) ?? { package: pkg, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const percent = (us: number) => Math.round((us / totalUs) * 1000) / 10;
  return {
    totalMs: ms(totalUs),
    packages: [...packages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top.packages)
      .map(([name, us]) => ({ name, selfMs: ms(us), percent: percent(us) })),
    functions: [...functions]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top.functions)
      .map(([name, { package: pkg, us }]) => ({ name, package: pkg, selfMs: ms(us), percent: percent(us) })),
    appCallers: [...callers]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top.functions)
      .map(([name, { us, packages: byPackage }]) => ({
        name,
        ms: ms(us),
        percent: percent(us),
        packages: Object.fromEntries([...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([pkg, pus]) => [pkg, ms(pus)])),
      })),
  };
}
