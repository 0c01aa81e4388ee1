// npm run bench — prints one JSON object: local correction quality and latency, and text-turn
// latency over the WebSocket on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set).
import { getLocalChecker } from '../../server/services-factory';
import { testDatabases } from '../support/databases';
import { measureCorrections } from './correction-quality';
import { measureTextTurns } from './text-turns';

const checker = await getLocalChecker();
const corrections = await measureCorrections(checker);
const textTurns = [];
for (const database of testDatabases) textTurns.push(await measureTextTurns(database));

console.log(JSON.stringify({ corrections, textTurnMs: textTurns, node: process.version }, null, 2));
process.exit(0);
