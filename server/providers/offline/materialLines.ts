// The offline tutor's words for material that is not an article: a video (it points at moments of
// the captions by their time), a PDF and a selected passage. Articles keep tutorLines.ts; the
// tutor asks here first and falls back to it (null = "not mine"). The same habits as for
// articles: key terms as the material says them ("the dance", not "dance"), whole passages quoted
// (a moment too long for the learner's level is skipped, never cut), and a recast only of a
// sentence the checker fully corrected.
import { formatTimestamp, type TimedLine } from '../../../shared/transcript';
import type { ArticleAnalysis } from '../../learning/article';
import { analyzeVideo, type VideoAnalysis } from '../../learning/video';
import type { ArticleContext, LearnerProfile, TutorTurnContext } from '../types';
import { classifyLearnerMessage } from './learnerIntent';
import { recastLine } from './recast';
import { pick } from './variety';

// 'auto' (the level the server estimates) and anything unknown quote as much as B1.
const QUOTE_WORDS: Partial<Record<LearnerProfile['level'], number>> = { A2: 16, B1: 20, B2: 28, C1: 32 };

function hello(learner: LearnerProfile): string {
  return learner.name ? `Hi ${learner.name}!` : 'Hi!';
}

const fitsLevel = (text: string, level: LearnerProfile['level']): boolean => text.split(' ').length <= (QUOTE_WORDS[level] ?? 20);

/** A whole passage in the tutor's quotation marks; its own double quotes become single ones. */
function quote(text: string): string {
  return `"${text.replace(/["\u201C\u201D]/g, "'")}"`;
}

/** The moments short enough to read out at the learner's level; all of them when none is. */
function quotableMoments(analysis: VideoAnalysis, level: LearnerProfile['level']): readonly TimedLine[] {
  const fitting = analysis.moments.filter((m) => fitsLevel(m.text, level));
  return fitting.length > 0 ? fitting : analysis.moments;
}

/** Key terms as the material says them: "the dance", "bees", "the Department of Agriculture". */
function phrasesOf(analysis: ArticleAnalysis): string[] {
  return analysis.keyTerms.map((term, i) => analysis.keyPhrases[i] ?? term);
}

function about(analysis: ArticleAnalysis): { sentence: string; first?: string } {
  const [first, second] = phrasesOf(analysis);
  if (!first) return { sentence: '' };
  return { sentence: second ? ` It talks about ${first} and ${second}.` : ` It talks about ${first}.`, first };
}

/** "the video "How bees talk" from Nature Now". */
function videoName(article: ArticleContext, analysis: ArticleAnalysis): string {
  const title = analysis.title || article.pageTitle.trim();
  const named = title ? `the video "${title}"` : 'this video';
  return article.materialAuthor ? `${named} from ${article.materialAuthor}` : named;
}

const at = (moment: TimedLine) => `at ${formatTimestamp(moment.startSec)}`;

function videoOpening(article: ArticleContext, analysis: VideoAnalysis, learner: LearnerProfile): string {
  const name = videoName(article, analysis);
  const first = quotableMoments(analysis, learner.level)[0];
  if (!first) {
    return `${hello(learner)} ${name.charAt(0).toUpperCase()}${name.slice(1)} has no English captions, so I cannot follow what is said. Let's talk about its title instead. What do you think the video is about?`;
  }
  const topics = about(analysis);
  const question = topics.first ? `What do you already know about ${topics.first}?` : 'What is it about, in your own words?';
  return `${hello(learner)} Let's talk about ${name}.${topics.sentence} ${capitalise(at(first))}, you can hear: ${quote(first.text)} ${question}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function documentOpening(article: ArticleContext, analysis: ArticleAnalysis, learner: LearnerProfile): string {
  const isPdf = article.materialKind === 'pdf';
  if (analysis.sentences.length === 0) {
    return isPdf
      ? `${hello(learner)} This PDF has no text I can read (it may be a scanned document), so let's talk about its title, "${analysis.title || article.pageTitle}". What is it about?`
      : `${hello(learner)} There is no text on this page to talk about, so we can talk about anything you like. What did you do today?`;
  }
  const title = analysis.title || article.pageTitle.trim();
  const named = isPdf ? (title ? `the document "${title}"` : 'this document') : 'the text you are looking at';
  const topics = about(analysis);
  const question = topics.first ? `What do you already know about ${topics.first}?` : 'What is it about, in your own words?';
  return `${hello(learner)} Let's talk about ${named}.${topics.sentence} ${question}`;
}

function momentAbout(analysis: VideoAnalysis, text: string): TimedLine | undefined {
  const lower = text.toLowerCase();
  const term = analysis.keyTerms.find((t) => lower.includes(t.toLowerCase().replace(/s$/, '')));
  return term ? analysis.moments.find((m) => m.text.toLowerCase().includes(term.toLowerCase())) : undefined;
}

function videoReply(ctx: TutorTurnContext, analysis: VideoAnalysis, turn: number): string {
  const seed = `${turn}|${analysis.title}`;
  const recast = recastLine(ctx);
  if (analysis.moments.length === 0) {
    const question = pick(['What would you like to see in a video like this?', 'Have you watched other videos about this?', 'Why did you choose this video?'], seed, 'free');
    return [recast, pick(['I see.', 'Thanks for telling me.', 'Good point.'], seed, 'ack'), question].filter(Boolean).join(' ');
  }
  const intent = classifyLearnerMessage(ctx.userText);
  const asked = intent === 'question' ? momentAbout(analysis, ctx.correctedText || ctx.userText) : undefined;
  if (asked) {
    return [recast, `Good question. ${capitalise(at(asked))} the video says: ${quote(asked.text)} Does that answer it?`].filter(Boolean).join(' ');
  }
  const answer =
    intent === 'silent'
      ? "Sorry, I didn't catch that."
      : intent === 'question'
        ? "Good question, but the video doesn't say."
        : recast
          ? undefined
          : pick(['I see.', 'Good point.', 'Thanks for sharing that.'], seed, 'ack');
  const walk = quotableMoments(analysis, ctx.learner.level);
  const moment = walk[Math.max(turn - 1, 0) % walk.length]!;
  const question = pick(['What do you think about that?', 'Do you agree?', 'Can you say it in your own words?'], seed, 'ask');
  return [recast, answer, `${capitalise(at(moment))} the video says: ${quote(moment.text)} ${question}`]
    .filter(Boolean)
    .join(' ');
}

export function createMaterialLines() {
  // Every turn of a session sends the same captions; analyse them once.
  let cached: { key: string; analysis: VideoAnalysis } | undefined;
  const videoAnalysisOf = (article: ArticleContext): VideoAnalysis => {
    const key = `${article.pageTitle}\u0000${article.articleText}`;
    if (cached?.key !== key) cached = { key, analysis: analyzeVideo(article.pageTitle, article.articleText) };
    return cached.analysis;
  };
  return {
    opening(article: ArticleContext, analysisOf: (a: ArticleContext) => ArticleAnalysis, learner: LearnerProfile): string | null {
      if (article.materialKind === 'video') return videoOpening(article, videoAnalysisOf(article), learner);
      if (article.materialKind === 'pdf' || article.materialKind === 'selection') return documentOpening(article, analysisOf(article), learner);
      return null;
    },
    reply(ctx: TutorTurnContext, turn: number): string | null {
      return ctx.article.materialKind === 'video' ? videoReply(ctx, videoAnalysisOf(ctx.article), turn) : null;
    },
  };
}
