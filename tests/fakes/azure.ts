// Loopback fake of Azure's short-audio speech REST API with Pronunciation Assessment. It scores the
// `ReferenceText` against what it is told it "heard" (the `heardText` knob, by default the
// reference itself): matched words score well, missing ones are omissions, extra ones insertions.
import { answerJson, sendJson, startFakeServer, type FakeExchange, type FakeServer, type Knobs } from './harness';

export interface AzureKnobs extends Knobs {
  /** What the learner said; null means exactly the reference text. */
  heardText: string | null;
  /** Reference words (lower case) the fake reports as mispronounced. */
  mispronounced: string[];
  fluency: number;
}

export const azureDefaults: AzureKnobs = { heardText: null, mispronounced: [], fluency: 88 };

const PATH = '/speech/recognition/conversation/cognitiveservices/v1';

const errorBody = (status: number) => ({ error: { code: status === 429 ? 'TooManyRequests' : 'InternalServerError', message: 'Fake Azure fault' } });

export function startFakeAzure(options: { port?: number; knobs?: Partial<AzureKnobs> } = {}): Promise<FakeServer<AzureKnobs>> {
  return startFakeServer<AzureKnobs>({
    port: options.port,
    knobs: options.knobs,
    defaults: azureDefaults,
    errorBody,
    route: async (exchange) => {
      const { recorded, res } = exchange;
      if (!recorded.headers['ocp-apim-subscription-key']) return sendJson(res, 401, { error: { code: '401', message: 'Access denied' } });
      if (recorded.method !== 'POST' || recorded.path !== PATH) return sendJson(res, 404, { error: { code: '404', message: 'Not found' } });
      if (recorded.query.get('format') !== 'detailed' || !recorded.query.get('language')) {
        return sendJson(res, 400, { error: { code: '400', message: 'language and format=detailed are required' } });
      }
      return assess(exchange);
    },
  });
}

function assess({ res, recorded, knobs, fault }: FakeExchange<AzureKnobs>) {
  const header = recorded.headers['pronunciation-assessment'];
  if (typeof header !== 'string') return sendJson(res, 400, { error: { code: '400', message: 'Pronunciation-Assessment header missing' } });
  const config = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as { ReferenceText?: string };
  const reference = config.ReferenceText ?? '';
  const heard = knobs.heardText ?? reference;
  const words = scoreWords(splitWords(reference), splitWords(heard), new Set(knobs.mispronounced));
  const scored = words.filter((w) => w.ErrorType !== 'Insertion');
  const accuracy = average(scored.map((w) => w.AccuracyScore));
  const matched = scored.filter((w) => w.ErrorType !== 'Omission').length;
  const completeness = scored.length ? Math.round((matched / scored.length) * 100) : 0;
  const pron = Math.round(accuracy * 0.6 + knobs.fluency * 0.2 + completeness * 0.2);
  const durationTicks = Math.max(1, heard.length) * 600_000;
  answerJson(res, fault, {
    RecognitionStatus: 'Success',
    Offset: 500_000,
    Duration: durationTicks,
    DisplayText: heard,
    NBest: [
      {
        Confidence: 0.93,
        Lexical: heard.toLowerCase(),
        ITN: heard.toLowerCase(),
        MaskedITN: heard.toLowerCase(),
        Display: heard,
        AccuracyScore: accuracy,
        FluencyScore: knobs.fluency,
        CompletenessScore: completeness,
        PronScore: pron,
        Words: words,
      },
    ],
  });
}

interface ScoredWord {
  Word: string;
  Offset: number;
  Duration: number;
  AccuracyScore: number;
  ErrorType: 'None' | 'Omission' | 'Insertion' | 'Mispronunciation';
}

const splitWords = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const average = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0);

/** Aligns the two word lists by longest common subsequence, the way a miscue report does. */
function scoreWords(reference: string[], heard: string[], mispronounced: Set<string>): ScoredWord[] {
  const lcs = Array.from({ length: reference.length + 1 }, () => new Array<number>(heard.length + 1).fill(0));
  for (let i = reference.length - 1; i >= 0; i -= 1) {
    for (let j = heard.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = reference[i] === heard[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const words: ScoredWord[] = [];
  const push = (Word: string, ErrorType: ScoredWord['ErrorType'], AccuracyScore: number) =>
    words.push({ Word, Offset: words.length * 4_000_000, Duration: 3_500_000, AccuracyScore, ErrorType });
  let i = 0;
  let j = 0;
  while (i < reference.length || j < heard.length) {
    if (i < reference.length && j < heard.length && reference[i] === heard[j]) {
      const word = reference[i]!;
      if (mispronounced.has(word)) push(word, 'Mispronunciation', 42);
      else push(word, 'None', 96);
      i += 1;
      j += 1;
    } else if (j < heard.length && (i >= reference.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push(heard[j]!, 'Insertion', 0);
      j += 1;
    } else {
      push(reference[i]!, 'Omission', 0);
      i += 1;
    }
  }
  return words;
}
