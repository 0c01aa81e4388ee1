// Highlight-to-practice: the phrases a learner saves and their attempts at saying and using them.
// Shared by the server (validation + OpenAPI) and the extension (typed client).
import { z } from 'zod';
import { Correction } from './corrections';

export const MAX_PHRASE_CHARS = 300;
export const MAX_ATTEMPT_CHARS = 2000;

export const CreatePhraseBody = z.object({
  englishText: z.string().trim().min(1).max(MAX_PHRASE_CHARS),
  sourceUrl: z.string().trim().max(2048).optional(),
  sourceTitle: z.string().trim().max(500).optional(),
  /** The sentence around the highlight on the page. */
  context: z.string().trim().max(1000).optional(),
});
export type CreatePhraseBody = z.infer<typeof CreatePhraseBody>;

export const PhraseView = z.object({
  id: z.string(),
  englishText: z.string(),
  /** The meaning in the learner's language; only filled when a live LLM is configured. */
  koreanText: z.string().nullable(),
  category: z.string(),
  difficulty: z.string(),
  sourceUrl: z.string().nullable(),
  createdAt: z.iso.datetime(),
  attempts: z.number().int(),
  bestScore: z.number().int().nullable(),
  lastPractisedAt: z.iso.datetime().nullable(),
});
export type PhraseView = z.infer<typeof PhraseView>;

export const AttemptKind = z.enum(['say', 'use']);
export type AttemptKind = z.infer<typeof AttemptKind>;

/** What a recorded "say" attempt is sent as: 16 kHz mono 16-bit PCM WAV, which Azure scores. */
export const ATTEMPT_AUDIO_MIME_TYPE = 'audio/wav';
export const ATTEMPT_AUDIO_SAMPLE_RATE = 16_000;
/** 20 s of 16 kHz mono 16-bit PCM; its base64 stays under the API's 1 MB body limit. */
export const MAX_ATTEMPT_AUDIO_BYTES = 640 * 1024;

export const AttemptAudio = z.object({
  mimeType: z.literal(ATTEMPT_AUDIO_MIME_TYPE, {
    error: 'send the recording as 16 kHz mono 16-bit WAV (audio/wav); WebM and other formats are not accepted',
  }),
  /** The WAV file, base64. */
  data: z
    .base64({ error: 'the WAV file in base64' })
    .min(1)
    .max(Math.ceil(MAX_ATTEMPT_AUDIO_BYTES / 3) * 4, { error: `a recording can be at most ${MAX_ATTEMPT_AUDIO_BYTES / 1024} KB (about 20 seconds)` }),
});
export type AttemptAudio = z.infer<typeof AttemptAudio>;

export const CreateAttemptBody = z
  .object({
    kind: AttemptKind,
    /** What the learner said; a "say" attempt with audio may leave it out and the server transcribes the recording. */
    transcript: z.string().trim().min(1).max(MAX_ATTEMPT_CHARS).optional(),
    /** A "say" attempt's recording, for a pronunciation vendor that listens (Azure). */
    audio: AttemptAudio.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'use' && body.audio) ctx.addIssue({ code: 'custom', path: ['audio'], message: 'only a "say" attempt takes a recording' });
    if (body.transcript === undefined && !body.audio) {
      ctx.addIssue({ code: 'custom', path: ['transcript'], message: body.kind === 'say' ? 'Required unless audio is sent' : 'Required' });
    }
  });
export type CreateAttemptBody = z.infer<typeof CreateAttemptBody>;

export const WordResult = z.object({
  word: z.string(),
  accuracy: z.number(),
  error: z.enum(['none', 'omission', 'insertion', 'mispronunciation']),
});
export type WordResult = z.infer<typeof WordResult>;

/**
 * How a "use it in a sentence" attempt went: the phrase used correctly; used (or attempted) with a
 * mistake in it; said alone rather than in a sentence; or not used at all.
 */
export const UseVerdict = z.enum(['correct', 'phrase_error', 'phrase_only', 'not_used']);
export type UseVerdict = z.infer<typeof UseVerdict>;

const attemptMeta = {
  id: z.string(),
  phraseId: z.string(),
  transcript: z.string(),
  /** 0-100. */
  score: z.number().int().min(0).max(100),
  createdAt: z.iso.datetime(),
};

export const SayResult = z.object({
  kind: z.literal('say'),
  ...attemptMeta,
  accuracy: z.number(),
  fluency: z.number(),
  completeness: z.number(),
  words: z.array(WordResult),
  /** The learner's recording, for its owner to play back; absent when only a transcript was sent. */
  audioUrl: z.string().optional(),
});
export type SayResult = z.infer<typeof SayResult>;

export const UseResult = z.object({
  kind: z.literal('use'),
  ...attemptMeta,
  /** The sentence contains the phrase, allowing inflection ("took part in" for "take part in"). */
  usedPhrase: z.boolean(),
  verdict: UseVerdict,
  corrected: z.string(),
  corrections: z.array(Correction),
  /** One short sentence in the learner's native language. */
  feedback: z.string(),
});
export type UseResult = z.infer<typeof UseResult>;

export const AttemptResult = z.discriminatedUnion('kind', [SayResult, UseResult]);
export type AttemptResult = z.infer<typeof AttemptResult>;
