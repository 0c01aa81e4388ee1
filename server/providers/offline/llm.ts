// The offline tutor: talks about the page from its own text, without network or keys.
import { analyzeArticle, type ArticleAnalysis } from '../../learning/article';
import type { ArticleContext, LlmProvider, TutorTurnContext } from '../types';
import { createMaterialLines } from './materialLines';
import { openingLine, replyLine } from './tutorLines';

const WORDS_PER_PIECE = 3;

/** The reply in pieces of a few words each; joined they give back the whole text. */
export function splitIntoPieces(text: string, wordsPerPiece = WORDS_PER_PIECE): string[] {
  const words = text.match(/\s*\S+/g) ?? [];
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerPiece) pieces.push(words.slice(i, i + wordsPerPiece).join(''));
  return pieces;
}

export function createOfflineTutor(): LlmProvider {
  // Every turn of a session sends the same article; analyse it once.
  let cached: { key: string; analysis: ArticleAnalysis } | undefined;
  const analysisOf = (article: ArticleContext): ArticleAnalysis => {
    const key = `${article.pageTitle}\u0000${article.articleText}`;
    if (cached?.key !== key) cached = { key, analysis: analyzeArticle(article.pageTitle, article.articleText) };
    return cached.analysis;
  };
  const material = createMaterialLines();

  return {
    name: 'offline',
    live: false,
    async opening({ article, learner }, signal) {
      signal.throwIfAborted();
      return material.opening(article, analysisOf, learner) ?? openingLine(analysisOf(article), learner);
    },
    async *streamReply(ctx: TutorTurnContext, signal: AbortSignal) {
      const turn = ctx.history.filter((m) => m.role === 'assistant').length;
      const reply = material.reply(ctx, turn) ?? replyLine(ctx, analysisOf(ctx.article), turn);
      for (const piece of splitIntoPieces(reply)) {
        if (signal.aborted) return;
        yield piece;
      }
    },
    async analyzeCorrections() {
      return [];
    },
    // An honest "don't know": a wrong dictionary gloss would teach the wrong meaning.
    async explainPhrase() {
      return null;
    },
  };
}
