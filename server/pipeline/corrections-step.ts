// Corrections of the learner's text: the local checker's at once (sent just before the tutor's
// first words), the LLM's when they arrive, merged without duplicates. Each is linked to its
// notebook item (the event says which, and whether the learner made this mistake before) and
// stored with the message it corrects.
import type { CheckResult, Correction, NativeLanguage } from '../../shared/corrections';
import { mergeCorrections } from '../learning/merge-corrections';
import type { LearnerMessage, ReviewLink, TurnNotebook } from '../learning/review/turn-notebook';
import type { TutorTurnContext } from '../providers/types';
import type { TurnContext } from './context';
import { insertCorrections } from './turn-store';

const withReview = (link: ReviewLink | undefined) => (link ? { review: link } : {});

/**
 * The local checker's corrections of the learner's words in this session (the page's own words
 * are no misspellings): before the tutor's request, which carries them as its recast hint.
 */
export function checkLocally({ services, user, session }: Pick<TurnContext, 'services' | 'user' | 'session'>, text: string): Promise<CheckResult> {
  return services.checker.check(text, user.nativeLanguage as NativeLanguage, { pageText: session.articleText, notebook: true });
}

/**
 * Links the local corrections to their notebook items and sends them; `save` stores them (and
 * their items). Linking keys each correction by its pattern (a parse of the sentence and of its
 * corrected form, ~2 ms a correction on a warm server, ~10 ms on a cold one), so it runs after
 * the tutor's request has gone, not before it.
 */
export function announceLocalCorrections(turn: TurnContext, message: LearnerMessage, result: CheckResult, notebook: TurnNotebook) {
  const links = notebook.link(message, result.corrections);
  result.corrections.forEach((correction, i) => turn.recording.emit({ type: 'correction', messageId: message.id, correction, ...withReview(links[i]) }));
  return { save: () => storeCorrections(turn, message.id, result.corrections, links, notebook) };
}

/** The LLM's analysis, merged into the local corrections; returns the corrections it added. */
export async function llmCorrections(turn: TurnContext, message: LearnerMessage, context: TutorTurnContext, notebook: TurnNotebook): Promise<Correction[]> {
  if (!turn.services.providers.llm.live) return [];
  let found: Correction[];
  try {
    found = await turn.services.providers.llm.analyzeCorrections(context, turn.signal);
  } catch (error) {
    if (!turn.signal.aborted) turn.services.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'llm corrections failed');
    return [];
  }
  if (turn.signal.aborted) return [];
  const { added, replaced } = mergeCorrections(context.localCorrections, found);
  const links = notebook.link(message, added);
  await storeCorrections(turn, message.id, added, links, notebook);
  for (const correction of replaced) {
    await turn.services.db.prisma.correction.updateMany({
      where: { conversationId: message.id, startOffset: correction.start, endOffset: correction.end },
      data: { explanation: correction.explanation, correctedText: correction.corrected, source: 'llm' },
    });
  }
  added.forEach((correction, i) => turn.recording.emit({ type: 'correction', messageId: message.id, correction, ...withReview(links[i]) }));
  // A richer explanation of a local correction keeps the local correction's item.
  for (const correction of replaced) turn.recording.emit({ type: 'correction', messageId: message.id, correction, ...withReview(notebook.linkAt(correction)) });
  return added;
}

/** The items first (a correction refers to its item), then the corrections. */
async function storeCorrections(turn: TurnContext, conversationId: string, corrections: readonly Correction[], links: readonly (ReviewLink | undefined)[], notebook: TurnNotebook) {
  const { session, user, services } = turn;
  await notebook.flush(services.db.prisma);
  const linked = corrections.map((correction, i) => ({ ...correction, reviewItemId: links[i]?.itemId ?? null }));
  await insertCorrections(services.db.prisma, { sessionId: session.id, conversationId, userId: user.id, createdAt: services.now() }, linked);
}
