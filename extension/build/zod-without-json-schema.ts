// A Vite plugin for the extension's pages: zod's classic schemas import its JSON-Schema generator
// (about 17 KB minified) for `.toJSONSchema()` and Standard Schema's `jsonSchema`, which only the
// server's OpenAPI document uses, and which bundlers cannot tree-shake away. In the extension
// those two modules are replaced by ones with the same exports that throw when called, so the
// side panel stays within its JavaScript budget. Export names are read from zod's own files at
// build time, so a zod upgrade keeps building; a panel that did call JSON Schema would fail loudly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const REPLACED = /\/core\/(json-schema-processors|to-json-schema)\.js$/;
const PREFIX = '\0zod-without-json-schema:';

function exportNames(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const match of source.matchAll(/^export (?:const|function|let|var|class) (\w+)/gm)) names.add(match[1]!);
  for (const match of source.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const part of match[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  return [...names];
}

function stubModule(file: string): string {
  const message = JSON.stringify(`zod's JSON Schema is not part of the extension build (${file.split('/').pop()})`);
  const lines = [`const unavailable = () => { throw new Error(${message}); };`];
  for (const name of exportNames(file)) {
    // The create...Method helpers run when a schema's `~standard` is read; the methods they return throw.
    lines.push(name.startsWith('create') ? `export const ${name} = () => unavailable;` : `export const ${name} = unavailable;`);
  }
  return lines.join('\n');
}

export function zodWithoutJsonSchema(): Plugin {
  const zodCore = join(dirname(createRequire(import.meta.url).resolve('zod/v4/core')), '');
  return {
    name: 'videoengai:zod-without-json-schema',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/zod/') || !REPLACED.test(source)) return null;
      const file = join(dirname(importer), source);
      return file.startsWith(zodCore) ? PREFIX + file : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? stubModule(id.slice(PREFIX.length)) : null;
    },
  };
}
