// What kind of message the learner sent, so the tutor answers it in kind.
export type LearnerIntent = 'silent' | 'greeting' | 'unsure' | 'question' | 'short' | 'statement';

const GREETING = /^(hi|hello|hey|good (morning|afternoon|evening)|nice to (meet|see) you)\b/i;
const UNSURE = /\b(i )?(don'?t|do not|dont) know\b|\bno idea\b|\bnot sure\b|\bi'?m not sure\b/i;
const QUESTION_START =
  /^(what|why|how|who|whom|where|when|which|can|could|do|does|did|is|are|was|were|will|would|should|have|has)\b/i;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
}

export function classifyLearnerMessage(text: string): LearnerIntent {
  const trimmed = text.trim();
  const words = wordsOf(trimmed);
  if (words.length === 0) return 'silent';
  if (UNSURE.test(trimmed)) return 'unsure';
  if (GREETING.test(trimmed) && words.length <= 6) return 'greeting';
  if (trimmed.endsWith('?') || QUESTION_START.test(trimmed)) return 'question';
  if (words.length <= 2) return 'short';
  return 'statement';
}
