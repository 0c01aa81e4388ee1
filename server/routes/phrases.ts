// Practice phrases (highlight-to-practice): the learner saves a phrase from a page, then says it
// (scored per word by the pronunciation provider) and uses it in a sentence of their own (judged
// and corrected). Another user's phrase answers 404, never the data.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ListQuery, listOf } from '../../shared/api';
import type { NativeLanguage } from '../../shared/corrections';
import {
  ATTEMPT_AUDIO_MIME_TYPE,
  ATTEMPT_AUDIO_SAMPLE_RATE,
  AttemptResult,
  CreateAttemptBody,
  CreatePhraseBody,
  PhraseView,
} from '../../shared/phrases';
import { ErrorBody } from '../../shared/errors';
import { requireAuth } from '../auth/middleware';
import type { Prisma as PrismaTypes, PracticeAttempt, PracticePhrase } from '../db/generated/client';
import type { AppEnv } from '../http/context';
import { AppError, notFound, rateLimited } from '../http/errors';
import { cursorArgs, toPage } from '../http/pagination';
import { bearerSecurity, commonErrors, createRouter, IdParam, jsonBody, jsonResponse } from '../http/router';
import { judgeUse, sayScore, useFeedback } from '../learning/practice';
import { readWavFormat } from '../media/wav';
import { recordActivity } from '../progress/rollup';
import type { AudioInput } from '../providers/types';
import { estimateAudioSeconds } from '../security/audio-duration';
import { limitKeys, limitsOf, waitWords } from '../security/limits';
import type { Services } from '../services';

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

interface Recording {
  audio: AudioInput;
  seconds: number;
}

/**
 * A "say" attempt's recording, checked before anything is spent on it: the 16 kHz mono 16-bit WAV
 * the pronunciation vendor is told it gets, within the length limit, with a transcript or a live
 * speech-to-text to make one.
 */
function checkRecording(c: Context<AppEnv>, attempt: CreateAttemptBody): Recording | null {
  if (!attempt.audio) return null;
  const { providers, config } = c.get('services');
  const bytes = new Uint8Array(Buffer.from(attempt.audio.data, 'base64'));
  const format = readWavFormat(bytes);
  const usable = format?.audioFormat === 1 && format.channels === 1 && format.sampleRate === ATTEMPT_AUDIO_SAMPLE_RATE && format.bitsPerSample === 16;
  if (!usable) throw new AppError('validation_failed', 'audio.data: not a 16 kHz mono 16-bit PCM WAV file.');
  if (attempt.transcript === undefined && !providers.stt.live) {
    throw new AppError('validation_failed', 'transcript: Required: this server has no speech-to-text to transcribe the recording.');
  }
  const seconds = Math.ceil(estimateAudioSeconds(bytes, ATTEMPT_AUDIO_MIME_TYPE));
  if (seconds > config.MAX_AUDIO_SEC) {
    throw new AppError('turn_too_long', `audio: a recording can be at most ${config.MAX_AUDIO_SEC} seconds (this one is about ${seconds}).`);
  }
  return { audio: { audio: bytes, mimeType: ATTEMPT_AUDIO_MIME_TYPE, language: 'en' }, seconds };
}

async function transcribe(c: Context<AppEnv>, audio: AudioInput): Promise<string> {
  const { providers, logger } = c.get('services');
  try {
    return (await providers.stt.transcribe(audio, c.req.raw.signal)).text.trim();
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'practice recording not transcribed');
    throw new AppError('service_unavailable', 'Your recording could not be turned into text. Please type what you said, or try again.');
  }
}

/** Scores an attempt: what was said, the score and the kind's own details, stored as the attempt's json. */
async function assess(c: Context<AppEnv>, phrase: PracticePhrase, attempt: CreateAttemptBody, recording: Recording | null) {
  const { providers, checker, media } = c.get('services');
  if (attempt.kind === 'say') {
    // Stored before any vendor is called, like a spoken turn's audio.
    const audioUrl = recording ? await media.save(c.get('user').id, recording.audio.audio, recording.audio.mimeType) : undefined;
    const transcript = attempt.transcript ?? (recording ? await transcribe(c, recording.audio) : '');
    const result = await providers.pronunciation.assess(
      { referenceText: phrase.englishText, transcript, audio: recording?.audio },
      c.req.raw.signal,
    );
    const { accuracy, fluency, completeness, words } = result;
    return { transcript, score: sayScore(result), details: { accuracy, fluency, completeness, words, ...(audioUrl ? { audioUrl } : {}) } };
  }
  // The body's schema requires a transcript for "use".
  const transcript = attempt.transcript ?? '';
  const language = c.get('user').nativeLanguage as NativeLanguage;
  const check = await checker.check(transcript, language);
  const judgement = judgeUse(phrase.englishText, transcript, check);
  return {
    transcript,
    score: judgement.score,
    details: {
      usedPhrase: judgement.usedPhrase,
      verdict: judgement.verdict,
      corrected: check.corrected,
      corrections: check.corrections,
      feedback: useFeedback(judgement, phrase.englishText, language),
    },
  };
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

const MEANING_TIMEOUT_MS = 8_000;

/** The phrase's meaning in the learner's language from a live LLM; null offline or on failure (saving never waits on it to fail). */
async function phraseMeaning(services: Services, phrase: string, context: string | undefined, nativeLanguage: NativeLanguage) {
  if (!services.providers.llm.live) return null;
  try {
    return await services.providers.llm.explainPhrase({ phrase, context, nativeLanguage }, AbortSignal.timeout(MEANING_TIMEOUT_MS));
  } catch (error) {
    services.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'phrase meaning unavailable');
    return null;
  }
}

export function phraseRoutes() {
  return createRouter()
    .openapi(createPhrase, async (c) => {
      const body = c.req.valid('json');
      const { db, now } = c.get('services');
      const userId = c.get('user').id;
      const englishText = body.englishText.replace(/\s+/g, ' ');
      const meaning = await phraseMeaning(c.get('services'), englishText, body.context, c.get('user').nativeLanguage as NativeLanguage);
      // A per-user lock: a double click on "Practice this phrase" must not save it twice.
      const { phrase, created } = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`phrase:${userId}`}))`;
        const existing = await tx.practicePhrase.findFirst({
          where: { userId, englishText: { equals: englishText, mode: 'insensitive' } },
        });
        if (existing) return { phrase: existing, created: false };
        const data = { userId, englishText, sourceUrl: body.sourceUrl || null, koreanText: meaning, createdAt: now() };
        return { phrase: await tx.practicePhrase.create({ data }), created: true };
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
      const recording = checkRecording(c, attempt);
      // An attempt calls the pronunciation vendor: it counts as a turn, and its recording as speaking time.
      const turns = await rateLimiter.consume(limitKeys.turns(userId), limitsOf(config).turns);
      if (!turns.allowed) throw rateLimited(`That is a lot of attempts in a minute. Please wait ${waitWords(turns.retryAfterSec)}.`, turns.retryAfterSec);
      if (recording) {
        const spoken = await rateLimiter.consume(limitKeys.audioSeconds(userId), limitsOf(config).audioSeconds, recording.seconds);
        if (!spoken.allowed) {
          throw rateLimited(`You have used today's speaking time. Type instead, or speak again in ${waitWords(spoken.retryAfterSec)}.`, spoken.retryAfterSec);
        }
      }
      const { transcript, score, details } = await assess(c, phrase, attempt, recording);
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
