// Prisma CLI configuration. The CLI runs offline on its bundled WASM engine against an embedded,
// in-memory PGlite database (Prisma 6.19's JS engine with a driver adapter; Prisma 7's CLI would
// download a native engine): `prisma generate` and
// `prisma migrate diff` work with no database server and no downloads.
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The CLI reads DATABASE_URL to parse the schema (see the datasource in schema.prisma) but never
// connects with it: all its database work goes through the adapter below.
process.env.DATABASE_URL ??= 'postgresql://placeholder@localhost/unused';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  async adapter() {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    // A scratch in-memory database: the CLI never touches the learner's data. New migrations are
    // made by `npm run db:new-migration` (server/cli/new-migration.ts) with `prisma migrate diff`, which needs no database.
    return new PrismaPGlite(new PGlite());
  },
});
