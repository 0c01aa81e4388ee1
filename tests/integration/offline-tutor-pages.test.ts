// The offline tutor on five real-looking pages (politics, science, sport, technology, culture,
// with navigation, ads, captions and sidebars): the panel's own extraction (Readability on the
// page's HTML) feeds the tutor, the learner's lines go through the local checker as in a turn, and
// every line the tutor says must be one our checker finds nothing in, quote whole sentences of
// the article, and name its key terms with their determiner or in the plural.
import { readdirSync, readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../extension/material/article';
import { analyzeArticle, type ArticleAnalysis } from '../../server/learning/article';
import { createLocalChecker, type LocalChecker } from '../../server/learning/checker';
import { isMassNoun, pluralOf, singularOf } from '../../server/learning/checker/lexicon/nouns';
import { createOfflineTutor } from '../../server/providers/offline';
import type { ArticleContext, HistoryMessage, LearnerProfile } from '../../server/providers/types';

const PAGES_DIR = new URL('../fixtures/pages/', import.meta.url);
const pages = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.html')).sort();

// What learners say in a session: greetings, answers with and without mistakes, questions about
// the page, "I don't know", one-word answers.
const LEARNER_LINES = [
  'Hello!',
  'I think it is very interesting news.',
  'Yesterday I read about this and I see many problem.',
  'What is the main problem?',
  "I don't know.",
  'yes',
  'My brother say this is important for people.',
  'Why did this happen?',
  'I agree with the writer.',
  'There is many reasons for that.',
  'In my country the government do not talk about it.',
];

const live = new AbortController().signal;
let checker: LocalChecker;

beforeAll(async () => {
  // Readability runs on the panel's DOMParser; in Node, linkedom's stands in for it.
  globalThis.DOMParser ??= DOMParser as unknown as typeof globalThis.DOMParser;
  checker = await createLocalChecker();
}, 60_000);

function articleOf(file: string): ArticleContext {
  const html = readFileSync(new URL(file, PAGES_DIR), 'utf8');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const url = `https://news.example/${file}`;
  const extracted = extractArticle({ url, title, html, selection: '', visibleText: '', contentType: 'text/html', mediaTimeSec: 0 });
  if (extracted === null) throw new Error(`no article found in ${file}`);
  return { pageUrl: url, pageTitle: extracted.title, articleText: extracted.text };
}

/** The tutor's opening and its replies to every learner line, each learner line checked as in a turn. */
async function conversation(article: ArticleContext, learner: LearnerProfile): Promise<string[]> {
  const tutor = createOfflineTutor();
  const opening = await tutor.opening({ article, learner }, live);
  const history: HistoryMessage[] = [{ role: 'assistant', content: opening }];
  const lines = [opening];
  for (const userText of LEARNER_LINES) {
    const checked = await checker.check(userText, learner.nativeLanguage, { pageText: article.articleText });
    let reply = '';
    for await (const piece of tutor.streamReply(
      {
        article,
        learner,
        history: [...history],
        userText,
        localCorrections: checked.corrections,
        correctedText: checked.corrected,
        ...(checked.partial === true ? { correctionPartial: true } : {}),
      },
      live,
    )) {
      reply += piece;
    }
    history.push({ role: 'user', content: userText }, { role: 'assistant', content: reply });
    lines.push(reply);
  }
  return lines;
}

/** A single common noun in the singular with no determiner: "about president". */
function isBareSingularCountNoun(phrase: string): boolean {
  return /^[a-z]+$/.test(phrase) && !isMassNoun(phrase) && singularOf(phrase) === phrase && pluralOf(phrase) !== phrase;
}

const quotesIn = (line: string): string[] => [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
const withSingleQuotes = (sentence: string) => sentence.replace(/["\u201C\u201D]/g, "'");

describe('the offline tutor on real pages', () => {
  it('has five pages on different topics, each with an article Readability finds', () => {
    expect(pages).toHaveLength(5);
    expect(pages.map((p) => p.split('-')[0])).toEqual(['culture', 'politics', 'science', 'sport', 'technology']);
    for (const page of pages) {
      const { articleText } = articleOf(page);
      expect(articleText.length).toBeGreaterThan(1500);
      expect(articleText).not.toMatch(/Accept all|Most read|Trending|Terms of use/);
    }
  });

  describe.each(pages)('%s', (page) => {
    let article: ArticleContext;
    let analysis: ArticleAnalysis;
    const lines: Record<string, string[]> = {};

    beforeAll(async () => {
      article = articleOf(page);
      analysis = analyzeArticle(article.pageTitle, article.articleText);
      for (const level of ['A2', 'B1', 'C1'] as const) {
        lines[level] = await conversation(article, { nativeLanguage: 'ko', level, name: 'Minji' });
      }
    }, 60_000);

    it('says nothing our own checker would correct', async () => {
      const flagged: string[] = [];
      for (const line of Object.values(lines).flat()) {
        const result = await checker.check(line, 'en', { pageText: article.articleText });
        if (result.corrections.length > 0) flagged.push(`${line}\n  -> ${result.corrections.map((c) => `${c.original} -> ${c.corrected}`).join('; ')}`);
      }
      expect(flagged).toEqual([]);
    });

    it('quotes whole sentences of the article, never a cut one, and no ad', () => {
      const sentences = new Set(analysis.sentences.map(withSingleQuotes));
      for (const line of Object.values(lines).flat()) {
        expect(line).not.toContain('…');
        for (const quoted of quotesIn(line)) {
          if (quoted === analysis.title || line.includes(`A more natural way to say it: "${quoted}"`)) continue;
          expect(sentences).toContain(quoted);
          expect(quoted).toMatch(/[.!?]'?$/);
          expect(quoted).not.toMatch(/advertisement|sponsored/i);
        }
      }
    });

    it('keeps A2 quotes short when the article has short sentences to quote', () => {
      const quoted = lines.A2!.flatMap(quotesIn).filter((q) => sentencesOf(analysis).has(q));
      expect(quoted.length).toBeGreaterThan(3);
      for (const q of quoted) expect(q.split(' ').length).toBeLessThanOrEqual(16);
    });

    it('names key terms with their determiner or in the plural, never as a bare singular noun', () => {
      const named = Object.values(lines)
        .flat()
        .map((line) => line.replace(/"[^"]*"/g, '""'))
        .flatMap((line) => [...line.matchAll(/\b(?:about|explain) ((?:the )?[A-Za-z][\w-]*(?: (?:of|and)? ?[A-Z][\w-]*)*)(?= in your own words\?|\?|\.| and )/g)].map((m) => m[1] ?? ''))
        .filter((phrase) => phrase !== 'it' && phrase !== 'that');
      expect(named.length).toBeGreaterThan(3);
      for (const phrase of named) expect(analysis.keyPhrases).toContain(phrase);
      expect(named.filter(isBareSingularCountNoun)).toEqual([]);
    });
  });
});

function sentencesOf(analysis: ArticleAnalysis): Set<string> {
  return new Set(analysis.sentences.map(withSingleQuotes));
}
