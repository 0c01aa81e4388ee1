// Corrections of the learner's text: the local checker's at once, the LLM's when they arrive,
// merged without duplicates. All stored with the message they correct.
import type { Correction, NativeLanguage } from '../../shared/corrections';
import { mergeCorrections } from '../learning/merge-corrections';
import type { TutorTurnContext } from '../providers/types';
import type { TurnContext } from './context';
import { insertCorrections } from './turn-store';

/** Checks and announces at once; `saved` resolves when the corrections are stored. */
export async function localCorrections(turn: TurnContext, messageId: string, text: string) {
  const result = await turn.services.checker.check(text, turn.user.nativeLanguage as NativeLanguage);
  for (const correction of result.corrections) turn.recording.emit({ type: 'correction', messageId, correction });
  return { ...result, saved: storeCorrections(turn, messageId, result.corrections) };
}

/** The LLM's analysis, merged into the local corrections; returns how many were added. */
export async function llmCorrections(turn: TurnContext, messageId: string, context: TutorTurnContext): Promise<number> {
  if (!turn.services.providers.llm.live) return 0;
  let found: Correction[];
  try {
    found = await turn.services.providers.llm.analyzeCorrections(context, turn.signal);
  } catch (error) {
    if (!turn.signal.aborted) turn.services.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'llm corrections failed');
    return 0;
  }
  if (turn.signal.aborted) return 0;
  const { added, replaced } = mergeCorrections(context.localCorrections, found);
  await storeCorrections(turn, messageId, added);
  for (const correction of replaced) {
    await turn.services.db.prisma.correction.updateMany({
      where: { conversationId: messageId, startOffset: correction.start, endOffset: correction.end },
      data: { explanation: correction.explanation, correctedText: correction.corrected, source: 'llm' },
    });
  }
  for (const correction of [...added, ...replaced]) turn.recording.emit({ type: 'correction', messageId, correction });
  return added.length;
}

function storeCorrections(turn: TurnContext, conversationId: string, corrections: readonly Correction[]) {
  const { session, user, services } = turn;
  return insertCorrections(services.db.prisma, { sessionId: session.id, conversationId, userId: user.id, createdAt: services.now() }, corrections);
}
