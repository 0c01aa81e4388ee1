// Practice phrases (highlight-to-practice): the learner saves a phrase from a page, then says it
// (scored per word by the pronunciation provider) and uses it in a sentence of their own (judged
// and corrected). Another user's phrase answers 404, never the data.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ListQuery, listOf } from '../../shared/api';
import type { NativeLanguage } from '../../shared/corrections';
import {
  AttemptResult,
  CreateAttemptBody,
  CreatePhraseBody,
  PhraseView,
} from '../../shared/phrases';
import { ErrorBody } from '../../shared/errors';
import { requireAuth } from '../auth/middleware';
import type { Prisma as PrismaTypes, PracticeAttempt, PracticePhrase } from '../db/generated/client';
import type { AppEnv } from '../http/context';
import { notFound, rateLimited } from '../http/errors';
import { cursorArgs, toPage } from '../http/pagination';
import { phraseDifficulty } from '../learning/level/phrase-difficulty';
import { assessAttempt, checkRecording, phraseMeaning } from '../learning/practice/attempts';
import { bearerSecurity, commonErrors, createRouter, IdParam, jsonBody, jsonResponse } from '../http/router';
import { phraseItemData } from '../learning/review/phrase-items';
import { recordActivity } from '../progress/rollup';
import { limitKeys, limitsOf, waitWords } from '../security/limits';

type PhraseStats = Pick<PhraseView, 'attempts' | 'bestScore' | 'lastPractisedAt'>;
const NO_ATTEMPTS: PhraseStats = { attempts: 0, bestScore: null, lastPractisedAt: null };

async function statsOf(c: Context<AppEnv>, phraseIds: string[]): Promise<Map<string, PhraseStats>> {
  const groups = await c.get('services').db.prisma.practiceAttempt.groupBy({
    by: ['phraseId'],
    where: { phraseId: { in: phraseIds } },
    _count: { _all: true },
    _max: { score: true, createdAt: true },
  });
  return new Map(
    groups.map((g) => [
      g.phraseId,
      { attempts: g._count._all, bestScore: g._max.score, lastPractisedAt: g._max.createdAt?.toISOString() ?? null },
    ]),
  );
}

function toPhraseView(phrase: PracticePhrase, stats: PhraseStats = NO_ATTEMPTS): PhraseView {
  return {
    id: phrase.id,
    englishText: phrase.englishText,
    koreanText: phrase.koreanText,
    category: phrase.category,
    difficulty: phrase.difficulty,
    sourceUrl: phrase.sourceUrl,
    createdAt: phrase.createdAt.toISOString(),
    ...stats,
  };
}

async function phraseView(c: Context<AppEnv>, phrase: PracticePhrase): Promise<PhraseView> {
  return toPhraseView(phrase, (await statsOf(c, [phrase.id])).get(phrase.id));
}

function toAttemptResult(row: PracticeAttempt): AttemptResult {
  return AttemptResult.parse({
    ...(row.details as object),
    kind: row.kind,
    id: row.id,
    phraseId: row.phraseId,
    transcript: row.transcript,
    score: row.score ?? 0,
    createdAt: row.createdAt.toISOString(),
  });
}

async function ownPhrase(c: Context<AppEnv>, id: string) {
  const phrase = await c.get('services').db.prisma.practicePhrase.findFirst({ where: { id, userId: c.get('user').id } });
  if (!phrase) throw notFound('No such phrase.');
  return phrase;
}

const phraseRoute = <M extends 'get' | 'post' | 'delete'>(method: M, path: string, summary: string) => ({
  method,
  path,
  tags: ['Practice phrases'],
  summary,
  security: bearerSecurity,
  middleware: requireAuth,
});

const createPhrase = createRoute({
  ...phraseRoute('post', '/', 'Save a phrase to practise; the same text again answers the saved one (200)'),
  request: { body: jsonBody(CreatePhraseBody) },
  responses: {
    200: jsonResponse(PhraseView, 'You had saved this phrase already'),
    201: jsonResponse(PhraseView, 'The new phrase'),
    ...commonErrors,
  },
});
const listPhrases = createRoute({
  ...phraseRoute('get', '/', 'Your phrases, newest first'),
  request: { query: ListQuery },
  responses: { 200: jsonResponse(listOf(PhraseView), 'A page of phrases'), ...commonErrors },
});
const getPhrase = createRoute({
  ...phraseRoute('get', '/{id}', 'One phrase with its practice record'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(PhraseView, 'The phrase'), ...commonErrors },
});
const deletePhrase = createRoute({
  ...phraseRoute('delete', '/{id}', 'Delete a phrase and its attempts'),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...commonErrors },
});
const createAttempt = createRoute({
  ...phraseRoute('post', '/{id}/attempts', 'Say the phrase (scored per word; send the 16 kHz WAV recording for a listening vendor) or use it in a sentence (judged and corrected)'),
  request: { params: IdParam, body: jsonBody(CreateAttemptBody) },
  responses: {
    201: jsonResponse(AttemptResult, 'The scored attempt'),
    ...commonErrors,
    429: jsonResponse(ErrorBody, 'Too many turns and attempts this minute; retryAfterSec says when to try again'),
  },
});
const listAttempts = createRoute({
  ...phraseRoute('get', '/{id}/attempts', 'The attempts at a phrase, newest first'),
  request: { params: IdParam, query: ListQuery },
  responses: { 200: jsonResponse(listOf(AttemptResult), 'A page of attempts'), ...commonErrors },
});

export function phraseRoutes() {
  return createRouter()
    .openapi(createPhrase, async (c) => {
      const body = c.req.valid('json');
      const { db, now } = c.get('services');
      const userId = c.get('user').id;
      const englishText = body.englishText.replace(/\s+/g, ' ');
      const meaning = await phraseMeaning(c.get('services'), {
        phrase: englishText,
        context: body.context || undefined,
        pageTitle: body.sourceTitle || undefined,
        nativeLanguage: c.get('user').nativeLanguage as NativeLanguage,
      });
      // A per-user lock: a double click on "Practice this phrase" must not save it twice.
      const { phrase, created } = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`phrase:${userId}`}))`;
        const existing = await tx.practicePhrase.findFirst({
          where: { userId, englishText: { equals: englishText, mode: 'insensitive' } },
        });
        if (existing) return { phrase: existing, created: false };
        const data = { userId, englishText, sourceUrl: body.sourceUrl || null, koreanText: meaning, difficulty: phraseDifficulty(englishText), createdAt: now() };
        const phrase = await tx.practicePhrase.create({ data });
        // The phrase joins the review queue (server/learning/review), due at once.
        await tx.reviewItem.create({ data: phraseItemData({ ...phrase, userId }, now()) });
        return { phrase, created: true };
      });
      if (!created) return c.json(await phraseView(c, phrase), 200);
      return c.json(toPhraseView(phrase), 201);
    })
    .openapi(listPhrases, async (c) => {
      const query = c.req.valid('query');
      const rows = await c.get('services').db.prisma.practicePhrase.findMany({
        where: { userId: c.get('user').id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...cursorArgs(query),
      });
      const page = toPage(rows, query.limit, (row) => row);
      const stats = await statsOf(c, page.items.map((p) => p.id));
      return c.json({ items: page.items.map((p) => toPhraseView(p, stats.get(p.id))), nextCursor: page.nextCursor }, 200);
    })
    .openapi(getPhrase, async (c) => c.json(await phraseView(c, await ownPhrase(c, c.req.valid('param').id)), 200))
    .openapi(deletePhrase, async (c) => {
      const phrase = await ownPhrase(c, c.req.valid('param').id);
      await c.get('services').db.prisma.practicePhrase.deleteMany({ where: { id: phrase.id } });
      return c.body(null, 204);
    })
    .openapi(createAttempt, async (c) => {
      const phrase = await ownPhrase(c, c.req.valid('param').id);
      const attempt = c.req.valid('json');
      const { db, now, rateLimiter, config } = c.get('services');
      const userId = c.get('user').id;
      const recording = checkRecording(c.get('services'), attempt);
      // An attempt calls the pronunciation vendor: it counts as a turn, and its recording as speaking time.
      const turns = await rateLimiter.consume(limitKeys.turns(userId), limitsOf(config).turns);
      if (!turns.allowed) throw rateLimited(`That is a lot of attempts in a minute. Please wait ${waitWords(turns.retryAfterSec)}.`, turns.retryAfterSec);
      if (recording) {
        const spoken = await rateLimiter.consume(limitKeys.audioSeconds(userId), limitsOf(config).audioSeconds, recording.seconds);
        if (!spoken.allowed) {
          throw rateLimited(`You have used today's speaking time. Type instead, or speak again in ${waitWords(spoken.retryAfterSec)}.`, spoken.retryAfterSec);
        }
      }
      const learner = { id: userId, nativeLanguage: c.get('user').nativeLanguage as NativeLanguage };
      const { transcript, score, details } = await assessAttempt(c.get('services'), learner, phrase, attempt, recording, c.req.raw.signal);
      const row = await db.prisma.practiceAttempt.create({
        data: {
          phraseId: phrase.id,
          userId,
          kind: attempt.kind,
          transcript,
          score,
          details: details as PrismaTypes.InputJsonObject,
          createdAt: now(),
        },
      });
      // Practising a phrase is practice: it keeps the day's streak.
      await recordActivity(db.prisma, row.userId, row.createdAt, {});
      return c.json(toAttemptResult(row), 201);
    })
    .openapi(listAttempts, async (c) => {
      const phrase = await ownPhrase(c, c.req.valid('param').id);
      const query = c.req.valid('query');
      const rows = await c.get('services').db.prisma.practiceAttempt.findMany({
        where: { phraseId: phrase.id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...cursorArgs(query),
      });
      return c.json(toPage(rows, query.limit, toAttemptResult), 200);
    });
}
