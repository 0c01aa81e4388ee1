// The offline tutor's words: an opening about the page, then per turn a recast of the
// learner's sentence when the checker corrected it, a short answer to what they said, and a
// follow-up question that walks through the article. Pure functions of their inputs.
// Key terms are said as the article says them ("the president", analysis.keyPhrases), and the
// tutor quotes whole sentences only, choosing ones short enough for the learner's level.
import { looksLikeProse, type ArticleAnalysis } from '../../learning/article';
import type { LearnerProfile, TutorTurnContext } from '../types';
import { classifyLearnerMessage } from './learnerIntent';
import { recastLine } from './recast';
import { reviewQuestion } from './reviewQuestion';
import { pick } from './variety';

/** The longest sentence the tutor likes to read out at each level; longer ones are skipped, never cut. */
const QUOTE_WORDS: Record<LearnerProfile['level'], number> = { A2: 16, B1: 20, B2: 28, C1: 32 };

const FREE_TALK_QUESTIONS = [
  'What did you do today?',
  'What do you like to do on weekends?',
  'Tell me about a place you want to visit. Why do you want to go there?',
  'What is something new you learned this week?',
  'What kind of food do you like?',
  'What are you reading or watching these days?',
] as const;

function greetingOf(learner: LearnerProfile): string {
  return learner.name ? `Hi ${learner.name}!` : 'Hi!';
}

/** A whole sentence in the tutor's quotation marks; its own double quotes become single ones. */
function quote(sentence: string): string {
  return `"${sentence.replace(/["\u201C\u201D]/g, "'")}"`;
}

const fitsLevel = (sentence: string, level: LearnerProfile['level']): boolean => sentence.split(' ').length <= QUOTE_WORDS[level];

function termPattern(term: string): RegExp {
  const stem = term.toLowerCase().replace(/(es|s)$/, '');
  return new RegExp(`\\b${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** The first key term the text mentions (plural or singular), if any. */
export function mentionedTerm(text: string, terms: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return terms.find((term) => termPattern(term).test(lower));
}

/** The term as the tutor says it: "the president", "robots", "the Department of Agriculture". */
function asPhrase(term: string, analysis: ArticleAnalysis): string {
  return analysis.keyPhrases[analysis.keyTerms.indexOf(term)] ?? term;
}

function hasArticle(analysis: ArticleAnalysis): boolean {
  return analysis.sentences.length > 0;
}

/** The sentences the tutor walks through: discussable ones that fit the level, else any whole sentence. */
function walkOf(analysis: ArticleAnalysis, level: LearnerProfile['level']): readonly string[] {
  const prose = analysis.sentences.filter(looksLikeProse);
  for (const candidates of [analysis.discussable.filter((s) => fitsLevel(s, level)), analysis.discussable, prose.filter((s) => fitsLevel(s, level)), prose]) {
    if (candidates.length > 0) return candidates;
  }
  return [];
}

export function openingLine(analysis: ArticleAnalysis, learner: LearnerProfile): string {
  const hello = greetingOf(learner);
  if (!hasArticle(analysis)) {
    return `${hello} There is no article on this page, so we can talk about anything you like. ${FREE_TALK_QUESTIONS[0]}`;
  }
  const named = analysis.title ? `the article "${analysis.title}"` : 'the article on this page';
  const [first, second] = analysis.keyTerms.map((t) => asPhrase(t, analysis));
  if (!first) return `${hello} Let's talk about ${named}. What is it about, in your own words?`;
  const about = second ? `It talks about ${first} and ${second}.` : `It talks about ${first}.`;
  return `${hello} Let's talk about ${named}. ${about} What do you already know about ${first}?`;
}

function acknowledgement(ctx: TutorTurnContext, analysis: ArticleAnalysis, seed: string): string {
  const said = ctx.correctedText.trim() || ctx.userText;
  const found = mentionedTerm(said, analysis.keyTerms);
  const term = found && asPhrase(found, analysis);
  switch (classifyLearnerMessage(ctx.userText)) {
    case 'silent':
      return "Sorry, I didn't catch that.";
    case 'greeting':
      return pick(['Hello! Nice to talk with you.', 'Hi there! Good to see you.', 'Hello again!'], seed, 'greeting');
    case 'unsure':
      return pick(["That's okay, it's not an easy question.", "No problem. Let's look at it together."], seed, 'unsure');
    case 'short':
      return pick(['Okay! Try to answer with a full sentence.', 'I see. Can you say it in a full sentence?'], seed, 'short');
    case 'question': {
      const about = found ? analysis.sentences.filter((s) => looksLikeProse(s) && termPattern(found).test(s.toLowerCase())) : [];
      const source = about.find((s) => fitsLevel(s, ctx.learner.level)) ?? about[0];
      if (source) return `Good question. The article says: ${quote(source)}`;
      return hasArticle(analysis)
        ? "Good question, but this page doesn't say."
        : "Good question, but I can't look that up here.";
    }
    case 'statement':
      if (term) {
        return pick(
          [`You mentioned ${term}. Good point.`, `Yes, the article says a lot about ${term}.`, `Right, the article talks about ${term} too.`],
          seed,
          'term',
        );
      }
      return pick(["I see. That's interesting.", 'Thanks for sharing that.', 'Good point.', 'I understand.'], seed, 'ack');
  }
}

function followUp(analysis: ArticleAnalysis, learner: LearnerProfile, turn: number, seed: string, brief: boolean): string {
  const walk = walkOf(analysis, learner.level);
  if (walk.length === 0) return FREE_TALK_QUESTIONS[turn % FREE_TALK_QUESTIONS.length] ?? FREE_TALK_QUESTIONS[0];
  // Turn 0 is the opening, which asks about the key terms; the replies then go sentence by sentence.
  const sentence = walk[Math.max(turn - 1, 0) % walk.length] ?? '';
  const found = mentionedTerm(sentence, analysis.keyTerms) ?? analysis.keyTerms[turn % Math.max(analysis.keyTerms.length, 1)];
  const term = found && asPhrase(found, analysis);
  if (brief || !sentence) {
    return term
      ? pick([`What do you think about ${term}?`, `Have you heard about ${term} before?`, `Why do you think the article talks about ${term}?`], seed, 'brief')
      : 'What else did you notice in the article?';
  }
  const quoted = quote(sentence);
  const question = term
    ? pick(['What do you think about that?', 'Do you agree?', `How would you explain ${term} in your own words?`], seed, 'ask')
    : pick(['What do you think about that?', 'Do you agree?'], seed, 'ask');
  const lead = pick(['The article says:', 'Here is another part:', "Let's read this line:", 'Next, the article says:'], seed, 'lead');
  return `${lead} ${quoted} ${question}`;
}

/** The whole reply for one turn. `turn` counts the tutor's earlier messages, the opening included. */
export function replyLine(ctx: TutorTurnContext, analysis: ArticleAnalysis, turn: number): string {
  const seed = `${turn}|${analysis.title}`;
  const recast = recastLine(ctx);
  const intent = classifyLearnerMessage(ctx.userText);
  // With a recast, a plain "I see" adds nothing; answers to questions and greetings still matter.
  const answer = recast && intent === 'statement' ? undefined : acknowledgement(ctx, analysis, seed);
  const brief = (recast !== undefined && answer !== undefined) || (answer?.includes('"') ?? false);
  // A due notebook item takes the question's place: one natural chance to use the corrected form.
  const question = ctx.reviewTarget ? reviewQuestion(ctx.reviewTarget, analysis.keyPhrases[0]) : followUp(analysis, ctx.learner, turn, seed, brief);
  return [recast, answer, question].filter(Boolean).join(' ');
}
