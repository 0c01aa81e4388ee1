// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the database
// from the schema of the last committed migration to the current prisma/schema.prisma.
// `prisma migrate dev` cannot do this offline through the PGlite adapter (its shadow database
// replays fail), but `prisma migrate diff` between two schema files needs no database at all.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new-migration -- <name_in_snake_case>');
  process.exit(1);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const lastMigrationCommit = git('log', '-1', '--format=%H', '--', 'prisma/migrations');
const previousSchema = path.join(mkdtempSync(path.join(tmpdir(), 'vea-schema-')), 'schema.prisma');
writeFileSync(previousSchema, git('show', `${lastMigrationCommit}:prisma/schema.prisma`));

const sql = execFileSync(
  'npx',
  ['prisma', 'migrate', 'diff', '--from-schema-datamodel', previousSchema, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log('The schema matches the last migration: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${dir}/migration.sql — review it, then commit it with the schema change.`);
