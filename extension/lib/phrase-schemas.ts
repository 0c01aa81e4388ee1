// Practice phrases and attempts. The server's schemas for these are not in shared/ yet, so the
// client keeps loose ones: the fields the UI needs are required, anything else passes through.
import { z } from 'zod';

export const Phrase = z.looseObject({
  id: z.string(),
  englishText: z.string(),
  koreanText: z.string().nullable().optional(),
  meaning: z.string().nullable().optional(),
  sourceUrl: z.string().nullable().optional(),
  createdAt: z.string().optional(),
});
export type Phrase = z.infer<typeof Phrase>;

export type AttemptKind = 'say' | 'use';

export const WordScore = z.looseObject({
  word: z.string(),
  score: z.number(),
  ok: z.boolean().optional(),
});
export type WordScore = z.infer<typeof WordScore>;

export const AttemptResult = z.looseObject({
  score: z.number(),
  words: z.array(WordScore).optional(),
  corrections: z.array(z.looseObject({ original: z.string(), corrected: z.string(), explanation: z.string().optional() })).optional(),
  usedCorrectly: z.boolean().optional(),
  corrected: z.string().optional(),
  feedback: z.string().optional(),
});
export type AttemptResult = z.infer<typeof AttemptResult>;
