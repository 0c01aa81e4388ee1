// The practice card: the phrase being practised, saved on the server, and the learner's attempts.
// A server without the phrase endpoints answers 404; the card then says so and can still Listen.
import { createStore } from 'zustand/vanilla';
import type { AttemptAudio, AttemptKind, AttemptResult, CreatePhraseBody, PhraseView } from '../../shared/phrases';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';

export interface PracticeState {
  text: string | null;
  phrase: PhraseView | null;
  /** The server answered 404 for the phrase endpoints. */
  unavailable: boolean;
  busy: boolean;
  result: AttemptResult | null;
  error: string | null;
  phrases: PhraseView[];
}

/** Where the phrase was highlighted: the server explains it as used in that sentence on that page. */
export type PhraseSource = Omit<CreatePhraseBody, 'englishText'>;

export interface PracticeActions {
  open: (text: string, source?: PhraseSource) => Promise<void>;
  close: () => void;
  /** A "say" attempt may carry its recording; the server transcribes it when the words are empty. */
  attempt: (kind: AttemptKind, transcript: string, audio?: AttemptAudio) => Promise<void>;
  loadPhrases: () => Promise<void>;
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;
type PracticeApi = Pick<ApiClient, 'createPhrase' | 'attemptPhrase' | 'listPhrases'>;

export function createPracticeStore(getApi: () => Promise<PracticeApi>) {
  return createStore<PracticeState & PracticeActions>()((set, get) => {
    const fail = (error: unknown) => {
      if (error instanceof ApiError && error.status === 404) set({ unavailable: true, busy: false });
      else set({ error: error instanceof Error ? error.message : String(error), busy: false });
    };

    return {
      text: null,
      phrase: null,
      unavailable: false,
      busy: false,
      result: null,
      error: null,
      phrases: [],
      async open(text, source = {}) {
        set({ text, phrase: null, unavailable: false, result: null, error: null, busy: true });
        try {
          const phrase = await (await getApi()).createPhrase({ englishText: text, ...source });
          if (get().text === text) set({ phrase, busy: false });
          void get().loadPhrases();
        } catch (error) {
          fail(error);
        }
      },
      close: () => set({ text: null, phrase: null, result: null, error: null }),
      async attempt(kind, transcript, audio) {
        const { phrase } = get();
        const words = transcript.trim();
        if (!phrase || (!words && !audio)) return;
        set({ busy: true, error: null });
        try {
          const result = await (await getApi()).attemptPhrase(phrase.id, { kind, ...(words ? { transcript: words } : {}), ...(audio ? { audio } : {}) });
          set({ result, busy: false });
        } catch (error) {
          fail(error);
        }
      },
      async loadPhrases() {
        try {
          const list = await (await getApi()).listPhrases();
          set({ phrases: list.items });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) set({ unavailable: true });
        }
      },
    };
  });
}
