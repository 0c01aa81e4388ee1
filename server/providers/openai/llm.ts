// The tutor on OpenAI chat completions: streamed replies, a short opening, and structured
// correction analysis (zod schema -> JSON schema response format -> parsed, then located).
import type OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { CorrectionType, Severity, type Correction } from '../../../shared/corrections';
import { ProviderError } from '../errors';
import { asProviderFailure } from '../resilient';
import type { LlmProvider, TutorTurnContext } from '../types';
import { correctionsSystemPrompt, explainPhraseMessages, openingInstruction, recastHint, reviewHint, tutorSystemPrompt } from './prompts';

export interface OpenAiTutorOptions {
  client: OpenAI;
  /** e.g. gpt-4o-mini. */
  model: string;
}

export const LlmCorrections = z.object({
  corrections: z.array(
    z.object({
      type: CorrectionType,
      original: z.string(),
      corrected: z.string(),
      explanation: z.string(),
      severity: Severity,
    }),
  ),
});
export type LlmCorrections = z.infer<typeof LlmCorrections>;

const PROVIDER = 'openai';
/** Built once: turning the zod schema into JSON schema again cost ~0.4 ms of CPU on every turn. */
const CORRECTIONS_FORMAT = zodResponseFormat(LlmCorrections, 'corrections');

function turnMessages(context: TutorTurnContext): ChatCompletionMessageParam[] {
  const hint = recastHint(context.localCorrections);
  const review = context.reviewTarget ? reviewHint(context.reviewTarget) : null;
  return [
    { role: 'system', content: tutorSystemPrompt(context.article, context.learner) },
    ...context.history.map((m): ChatCompletionMessageParam => ({ role: m.role, content: m.content })),
    ...(hint ? [{ role: 'system' as const, content: hint }] : []),
    { role: 'user', content: context.userText },
    ...(review ? [{ role: 'system' as const, content: review }] : []),
  ];
}

/**
 * Gives each correction the offsets of its `original` in the learner's text, taking the first
 * occurrence not already claimed; corrections whose text is not there are dropped.
 */
export function locateCorrections(userText: string, found: LlmCorrections['corrections']): Correction[] {
  const claimed: Array<[number, number]> = [];
  const located: Correction[] = [];
  for (const item of found) {
    if (!item.original || item.original === item.corrected) continue;
    let start = userText.indexOf(item.original);
    while (start >= 0 && claimed.some(([s, e]) => start < e && start + item.original.length > s)) {
      start = userText.indexOf(item.original, start + 1);
    }
    if (start < 0) continue;
    const end = start + item.original.length;
    claimed.push([start, end]);
    located.push({ ...item, start, end, source: 'llm' });
  }
  return located.sort((a, b) => a.start - b.start);
}

export function createOpenAiTutor({ client, model }: OpenAiTutorOptions): LlmProvider {
  return {
    name: PROVIDER,
    live: true,

    async opening({ article, learner }, signal) {
      try {
        const completion = await client.chat.completions.create(
          {
            model,
            max_completion_tokens: 150,
            messages: [
              { role: 'system', content: tutorSystemPrompt(article, learner) },
              { role: 'user', content: openingInstruction() },
            ],
          },
          { signal },
        );
        const text = completion.choices[0]?.message.content?.trim();
        if (!text) throw new ProviderError(PROVIDER, 'malformed answer: empty opening', false);
        return text;
      } catch (error) {
        throw asProviderFailure(PROVIDER, error, signal);
      }
    },

    async explainPhrase(phrase, signal) {
      try {
        const completion = await client.chat.completions.create(
          { model, max_completion_tokens: 80, messages: explainPhraseMessages(phrase) },
          { signal },
        );
        return completion.choices[0]?.message.content?.trim() || null;
      } catch (error) {
        throw asProviderFailure(PROVIDER, error, signal);
      }
    },

    async *streamReply(context, signal) {
      try {
        const stream = await client.chat.completions.create(
          { model, stream: true, max_completion_tokens: 300, messages: turnMessages(context) },
          { signal },
        );
        for await (const chunk of stream) {
          const piece = chunk.choices[0]?.delta.content;
          if (piece) yield piece;
        }
      } catch (error) {
        throw asProviderFailure(PROVIDER, error, signal);
      }
    },

    async analyzeCorrections(context, signal) {
      try {
        const completion = await client.chat.completions.parse(
          {
            model,
            messages: [
              { role: 'system', content: correctionsSystemPrompt(context.learner, context.localCorrections) },
              { role: 'user', content: context.userText },
            ],
            response_format: CORRECTIONS_FORMAT,
          },
          { signal },
        );
        const parsed = completion.choices[0]?.message.parsed;
        if (!parsed) throw new ProviderError(PROVIDER, 'malformed answer: no parsed corrections', false);
        return locateCorrections(context.userText, parsed.corrections);
      } catch (error) {
        throw asProviderFailure(PROVIDER, error, signal);
      }
    },
  };
}
