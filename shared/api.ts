// Bodies and answers of the REST API, shared by the server (validation + OpenAPI) and the
// extension (typed client). Fixed shapes: register/login answer { user, token }; lists answer
// { items, nextCursor }; creating a session answers the session with its id.
import { z } from 'zod';
import { CorrectionSource, CorrectionType, Level, NativeLanguage, Severity } from './corrections';

export const MAX_ARTICLE_CHARS = 20_000;
export const MIN_PASSWORD_CHARS = 8;
/**
 * bcrypt reads only the first 72 bytes of a password, so a longer one would sign in with anything
 * that starts with the same 72 bytes. Longer passwords are refused rather than pre-hashed: a
 * pre-hash needs a server-side pepper that must never be lost or changed and a migration of the
 * stored hashes, while 72 bytes (72 English letters, 24 Korean syllables) is already a strong
 * passphrase.
 */
export const MAX_PASSWORD_BYTES = 72;

export const utf8ByteLength = (text: string) => new TextEncoder().encode(text).length;

const withinPasswordBytes = (schema: z.ZodString) =>
  schema.refine((password) => utf8ByteLength(password) <= MAX_PASSWORD_BYTES, {
    message: `must be at most ${MAX_PASSWORD_BYTES} bytes in UTF-8 (${MAX_PASSWORD_BYTES} English letters, ${MAX_PASSWORD_BYTES / 3} Korean syllables)`,
  });

/** A password as chosen at sign-up or password change. */
const NewPassword = withinPasswordBytes(z.string().min(MIN_PASSWORD_CHARS));
/** A password as typed to sign in: over the limit it cannot be anyone's (see MAX_PASSWORD_BYTES). */
const GivenPassword = withinPasswordBytes(z.string().min(1));

export const RegisterBody = z.object({
  email: z.email().max(254),
  password: NewPassword,
  name: z.string().trim().min(1).max(100).optional(),
  nativeLanguage: NativeLanguage.optional(),
  level: Level.optional(),
  /** Needed when the server runs with REGISTRATION=invite: the code its operator handed out. */
  inviteCode: z.string().max(200).optional(),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

export const LoginBody = z.object({
  email: z.email().max(254),
  password: GivenPassword,
});
export type LoginBody = z.infer<typeof LoginBody>;

/** Changing the password signs out every other device: all earlier tokens stop working. */
export const ChangePasswordBody = z.object({
  currentPassword: GivenPassword,
  newPassword: NewPassword,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const PublicUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  nativeLanguage: NativeLanguage,
  level: Level,
  createdAt: z.iso.datetime(),
});
export type PublicUser = z.infer<typeof PublicUser>;

export const AuthResponse = z.object({ user: PublicUser, token: z.string(), expiresAt: z.iso.datetime() });
export type AuthResponse = z.infer<typeof AuthResponse>;

/** What a session talks about: a page's article, a video's captions, a PDF's text, or the learner's selection. */
export const MaterialKind = z.enum(['article', 'video', 'pdf', 'selection']);
export type MaterialKind = z.infer<typeof MaterialKind>;
/** A YouTube video id, as in watch?v=… */
export const VideoId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, { error: 'a YouTube video id has 11 letters, digits, - or _' });

export const CreateSessionBody = z
  .object({
    pageUrl: z.string().trim().min(1).max(2048),
    pageTitle: z.string().trim().max(500),
    /** For a video, caption lines each starting with their time: "[3:12] what is said". */
    articleText: z.string().max(MAX_ARTICLE_CHARS).default(''),
    materialKind: MaterialKind.optional(),
    videoId: VideoId.optional(),
    /** The video's channel or the PDF's author. */
    materialAuthor: z.string().trim().max(200).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.videoId !== undefined && body.materialKind !== 'video') {
      ctx.addIssue({ code: 'custom', path: ['videoId'], message: 'only a video session (materialKind "video") has a videoId' });
    }
  });
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

export const SessionView = z.object({
  id: z.string(),
  userId: z.string(),
  pageUrl: z.string(),
  pageTitle: z.string(),
  topic: z.string().nullable(),
  keyTerms: z.array(z.string()),
  materialKind: MaterialKind.nullable(),
  videoId: z.string().nullable(),
  materialAuthor: z.string().nullable(),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  durationSec: z.number().int().nullable(),
});
export type SessionView = z.infer<typeof SessionView>;

export const CorrectionView = z.object({
  id: z.string(),
  sessionId: z.string(),
  conversationId: z.string(),
  type: CorrectionType,
  originalText: z.string(),
  correctedText: z.string(),
  explanation: z.string(),
  severity: Severity,
  source: CorrectionSource,
  startOffset: z.number().int(),
  endOffset: z.number().int(),
  createdAt: z.iso.datetime(),
  /** The mistake-notebook item of this correction's pattern (absent for corrections from before the notebook). */
  reviewItemId: z.string().optional(),
  /** True when the learner had made this mistake before (the item's first example is another message). */
  again: z.boolean().optional(),
});
export type CorrectionView = z.infer<typeof CorrectionView>;

export const MessageView = z.object({
  id: z.string(),
  sessionId: z.string(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  turnId: z.string().nullable(),
  audioUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  interrupted: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type MessageView = z.infer<typeof MessageView>;

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(100).optional(),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ProgressSummary = z.object({
  userId: z.string(),
  totalSessions: z.number().int(),
  totalDurationSec: z.number().int(),
  totalTurns: z.number().int(),
  totalCorrections: z.number().int(),
  streak: z.number().int(),
  todayMinutes: z.number(),
  sessionsThisWeek: z.number().int(),
  lastActiveDay: z.string().nullable(),
});
export type ProgressSummary = z.infer<typeof ProgressSummary>;

export const ProgressStats = z.object({
  days: z.array(z.object({ day: z.string(), minutes: z.number(), turns: z.number().int() })),
  correctionsByType: z.array(z.object({ type: CorrectionType, count: z.number().int() })),
  correctionsByTypeThisWeek: z.array(z.object({ type: CorrectionType, count: z.number().int() })),
});
export type ProgressStats = z.infer<typeof ProgressStats>;

export const Weakness = z.object({
  type: CorrectionType,
  count: z.number().int(),
  trend: z.enum(['rising', 'falling', 'steady']),
  /** Corrections of this type in the last 7 days and the 7 days before, the trend's evidence. */
  lastWeek: z.number().int(),
  weekBefore: z.number().int(),
  examples: z.array(z.object({ original: z.string(), corrected: z.string(), explanation: z.string() })),
});
export const Weaknesses = z.object({ items: z.array(Weakness) });
export type Weaknesses = z.infer<typeof Weaknesses>;

export const CheckBody = z.object({ text: z.string().min(1).max(2000) });
