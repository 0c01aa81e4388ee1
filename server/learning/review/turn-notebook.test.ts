// A failed notebook write is not dropped silently: the next write still runs, and the failure is logged.
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../shared/corrections';
import type { Prisma } from '../../db/client';
import { parseSentences } from './language/sentence';
import { TurnNotebook } from './turn-notebook';

// A database client whose every call fails, as when the database goes away mid-turn.
const failing = new Proxy({}, { get: () => async () => { throw new Error('database gone'); } }) as unknown as Prisma;

describe('TurnNotebook writes', () => {
  it('logs a failed write when the next one goes on after it', async () => {
    const warnings: unknown[][] = [];
    const notebook = new TurnNotebook('user-1', [], null, () => new Date('2026-03-01T10:00:00Z'), { warn: (...args: unknown[]) => void warnings.push(args) });
    const text = 'I enjoyed to read it.';
    const correction: Correction = { type: 'verb_pattern', original: 'to read', corrected: 'reading', start: 10, end: 17, explanation: '', severity: 'moderate', source: 'local', ruleId: 'verb-pattern.gerund-after-verb' };
    notebook.link({ id: 'message-1', text, sentences: parseSentences(text) }, [correction]);
    await expect(notebook.flush(failing)).rejects.toThrow('database gone');
    expect(warnings).toHaveLength(0);
    await notebook.flush(failing).catch(() => undefined);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]![0]).toMatchObject({ err: 'database gone', userId: 'user-1' });
  });
});
