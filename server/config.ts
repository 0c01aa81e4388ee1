// The server's whole configuration, read from the environment once at start and validated.
// A wrong value stops the server with a message naming the variable (see formatConfigError).
import { isIPv4 } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const optionalUrl = optionalString.pipe(z.url().optional());

const ConfigFields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Unset: the embedded PGlite database under DATA_DIR. Set: a PostgreSQL server. */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
  ),
  /** PostgreSQL connections this process holds at most (each costs the server ~10 MB; max_connections bounds the sum). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  /**
   * How long a new PostgreSQL connection may take before the database counts as unreachable, and how
   * long one wait for a free pooled connection lasts; a busy pool is waited for again, not failed.
   */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
  /**
   * Turns (text or spoken) this process runs at once. A new turn past it is refused before it is
   * stored, with `error` busy and retryAfterSec; 0 takes no limit. See README, Operations.
   */
  MAX_TURNS_IN_FLIGHT: z.coerce.number().int().min(0).default(300),
  /** Where the embedded database (and later, recorded audio) lives. */
  DATA_DIR: z.string().trim().min(1).default('./data'),
  /** Whether this process works background jobs (video renders); false makes a web-only process. */
  JOB_WORKERS: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  /** A job running longer than this is taken as lost (its process died) and retried elsewhere. */
  JOB_EXPIRE_SEC: z.coerce.number().int().min(2).max(86_400).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Set: GET /metrics asks for `Authorization: Bearer <METRICS_TOKEN>`. Unset: /metrics is open,
   * which only a HOST on the loopback allows (see the check below).
   */
  METRICS_TOKEN: optionalString,
  /** Bearer tokens expire after this many days. */
  TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Comma-separated origins allowed by CORS besides localhost in development, e.g. chrome-extension://<id>. */
  CORS_ORIGINS: optionalString,
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).default(10),
  /** Behind a reverse proxy or load balancer: take the client address from X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /**
   * Who may create an account: anyone (open), whoever sends REGISTRATION_INVITE_CODE as
   * `inviteCode` (invite), or nobody once the first account, the operator's, exists (closed).
   */
  REGISTRATION: z.enum(['open', 'invite', 'closed']).default('open'),
  REGISTRATION_INVITE_CODE: optionalString,

  // Rate limits, counted in the database so they hold across server processes; 0 turns one off.
  /** Login attempts per account (email) in LOGIN_WINDOW_MIN; a successful login clears them. */
  LOGIN_MAX_PER_EMAIL: z.coerce.number().int().min(0).default(10),
  /** Login attempts per client address in LOGIN_WINDOW_MIN. */
  LOGIN_MAX_PER_ADDRESS: z.coerce.number().int().min(0).default(50),
  LOGIN_WINDOW_MIN: z.coerce.number().int().min(1).max(1440).default(15),
  /** Accounts created from one client address in REGISTER_WINDOW_MIN (attempts refused for the mode count too). */
  REGISTER_MAX_PER_ADDRESS: z.coerce.number().int().min(0).default(10),
  REGISTER_WINDOW_MIN: z.coerce.number().int().min(1).max(1440).default(60),
  /** Conversation turns and practice attempts per user per minute (each costs vendor calls). */
  TURNS_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  /** Seconds of recorded audio per user per day (speech-to-text is billed by the minute). */
  AUDIO_SEC_PER_DAY: z.coerce.number().int().min(0).default(3600),
  /** The longest single recording, in seconds. */
  MAX_AUDIO_SEC: z.coerce.number().int().min(1).max(600).default(120),

  /**
   * Per-attempt timeout of the speech-to-text, tutor, voice and pronunciation vendors (streams: the
   * longest wait for the next piece). Unset: the defaults in providers/select.ts. The avatar keeps
   * its own, which covers a whole render.
   */
  PROVIDER_TIMEOUT_MS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(50).max(600_000).optional(),
  ),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_CHAT_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  OPENAI_STT_MODEL: z.string().trim().min(1).default('gpt-4o-mini-transcribe'),
  ELEVENLABS_API_KEY: optionalString,
  ELEVENLABS_BASE_URL: optionalUrl,
  ELEVENLABS_VOICE_ID: z.string().trim().min(1).default('21m00Tcm4TlvDq8ikWAM'),
  ELEVENLABS_MODEL_ID: z.string().trim().min(1).default('eleven_flash_v2_5'),
  /** mp3_44100_128 plays in every browser; pcm_16000 / pcm_24000 give raw PCM. */
  ELEVENLABS_OUTPUT_FORMAT: z.string().trim().regex(/^(mp3|pcm|opus|ulaw)_\d+(_\d+)?$/, 'must be an ElevenLabs output format such as mp3_44100_128').default('mp3_44100_128'),
  /**
   * Which vendor transcribes streamed turns while the learner speaks (live captions): auto picks
   * ElevenLabs Scribe Realtime when ELEVENLABS_API_KEY is set, else OpenAI Realtime when
   * OPENAI_API_KEY is set; off sends every spoken turn through the batch transcription.
   */
  STREAMING_STT: z.enum(['auto', 'elevenlabs', 'openai', 'off']).default('auto'),
  ELEVENLABS_REALTIME_STT_MODEL: z.string().trim().min(1).default('scribe_v2_realtime'),
  /**
   * How a streamed turn's reply is spoken: websocket sends the text to ElevenLabs input streaming
   * as it is written (one socket a turn, opened while the learner speaks); http makes one streamed
   * request per sentence, as batch turns always do.
   */
  ELEVENLABS_TTS_TRANSPORT: z.enum(['websocket', 'http']).default('websocket'),
  /**
   * Hands-free, with a live LLM: on starts the tutor's reply while the panel's silence that ends
   * the turn still runs (once the words the learner paused on have held still), so its first words
   * are ready when the turn ends. A learner who goes on speaking discards it (at most two a turn):
   * the prompt is paid again. off waits for the end of the turn.
   */
  PREEMPTIVE_REPLY: z.enum(['on', 'off']).default('on'),
  OPENAI_REALTIME_STT_MODEL: z.string().trim().min(1).default('gpt-4o-mini-transcribe'),
  DID_API_KEY: optionalString,
  DID_BASE_URL: optionalUrl,
  DID_PRESENTER_IMAGE_URL: optionalUrl,
  AZURE_SPEECH_KEY: optionalString,
  AZURE_SPEECH_REGION: optionalString,
  AZURE_SPEECH_ENDPOINT: optionalUrl,
});

/** Addresses only this machine can reach: 127.0.0.0/8, ::1 and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost' || bare === '::1') return true;
  const ipv4 = bare.replace(/^::ffff:/, '');
  return isIPv4(ipv4) && ipv4.startsWith('127.');
}

/** Settings that only make sense together, checked once every value has its type. */
export const ConfigSchema = ConfigFields.superRefine((config, context) => {
  // Metrics name routes, error rates and vendor failures: operator data, not for the whole network.
  if (!config.METRICS_TOKEN && !isLoopbackHost(config.HOST)) {
    context.addIssue({
      code: 'custom',
      path: ['METRICS_TOKEN'],
      message: `must be set when HOST (${config.HOST}) is not a loopback address, or GET /metrics would answer anyone who can reach the server`,
    });
  }
  if (config.STREAMING_STT === 'elevenlabs' && !config.ELEVENLABS_API_KEY) {
    context.addIssue({ code: 'custom', path: ['STREAMING_STT'], message: 'elevenlabs needs ELEVENLABS_API_KEY' });
  }
  if (config.STREAMING_STT === 'openai' && !config.OPENAI_API_KEY) {
    context.addIssue({ code: 'custom', path: ['STREAMING_STT'], message: 'openai needs OPENAI_API_KEY' });
  }
  if (config.REGISTRATION === 'invite' && !config.REGISTRATION_INVITE_CODE) {
    context.addIssue({ code: 'custom', path: ['REGISTRATION_INVITE_CODE'], message: 'must be set when REGISTRATION=invite (the code new learners send as inviteCode)' });
  }
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const dataDir = result.data.DATA_DIR;
  return { ...result.data, DATA_DIR: dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir) };
}
