// The extension build's replacement of zod's JSON-Schema modules: every export of the real module
// is there (so the bundle links), calling one fails loudly, and only zod's own imports are replaced.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodWithoutJsonSchema } from './zod-without-json-schema';

const core = dirname(createRequire(import.meta.url).resolve('zod/v4/core'));
const classicSchemas = join(core, '../classic/schemas.js');

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = zodWithoutJsonSchema();
const resolveId = (source: string, importer?: string) => (plugin.resolveId as Hook).call({}, source, importer, {}) as string | null;
const load = (id: string) => (plugin.load as Hook).call({}, id) as string | null;

async function realExports(file: string): Promise<string[]> {
  return Object.keys(await import(file));
}

describe('zod without JSON Schema in the extension build', () => {
  it('replaces both JSON-Schema modules zod classic imports, keeping every export name', async () => {
    for (const module of ['json-schema-processors', 'to-json-schema']) {
      const id = resolveId(`../core/${module}.js`, classicSchemas);
      expect(id).toContain(`${module}.js`);
      const stub = load(id!)!;
      const names = [...stub.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
      expect(names.sort()).toEqual((await realExports(join(core, `${module}.js`))).sort());
    }
  });

  it('makes the generator fail loudly when called, while a schema can still be created', () => {
    const stub = load(resolveId('../core/to-json-schema.js', classicSchemas)!)!;
    const exports: Record<string, (...args: unknown[]) => unknown> = {};
    new Function('exports', stub.replace(/^export const (\w+) =/gm, 'exports.$1 ='))(exports);
    const method = exports.createToJSONSchemaMethod!({});
    expect(() => (method as () => unknown)()).toThrow(/not part of the extension build/);
  });

  it('leaves other modules and the project own files alone', () => {
    expect(resolveId('./to-json-schema.js', '/work/project/shared/api.ts')).toBeNull();
    expect(resolveId('../core/util.js', classicSchemas)).toBeNull();
  });
});
