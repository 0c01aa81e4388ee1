// The practice card: the phrase being practised, saved on the server when it can be, and the
// learner's attempts. Without the server's phrase endpoints the card still works locally.
import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../lib/api-client';
import { ApiError } from '../lib/api-error';
import type { AttemptKind, AttemptResult, Phrase } from '../lib/phrase-schemas';
import { containsPhrase, scoreSaying } from '../lib/phrase-scoring';

export interface PracticeState {
  text: string | null;
  phrase: Phrase | null;
  /** The server answered 404 for the phrase endpoints. */
  unavailable: boolean;
  busy: boolean;
  result: { kind: AttemptKind; transcript: string; value: AttemptResult } | null;
  error: string | null;
  phrases: Phrase[];
}

export interface PracticeActions {
  open: (text: string, sourceUrl?: string) => Promise<void>;
  close: () => void;
  attempt: (kind: AttemptKind, transcript: string) => Promise<void>;
  loadPhrases: () => Promise<void>;
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;

export function createPracticeStore(getApi: () => Promise<Pick<ApiClient, 'createPhrase' | 'attemptPhrase' | 'listPhrases' | 'check'>>) {
  return createStore<PracticeState & PracticeActions>()((set, get) => {
    const fail = (error: unknown) => {
      if (error instanceof ApiError && error.status === 404) set({ unavailable: true, busy: false });
      else set({ error: error instanceof Error ? error.message : String(error), busy: false });
    };

    async function localAttempt(kind: AttemptKind, text: string, transcript: string): Promise<AttemptResult> {
      if (kind === 'say') return scoreSaying(text, transcript);
      const api = await getApi();
      const checked = await api.check(transcript);
      const usedCorrectly = containsPhrase(checked.corrected, text) && checked.corrections.length === 0;
      return {
        score: usedCorrectly ? 100 : containsPhrase(transcript, text) ? 60 : 20,
        usedCorrectly,
        corrected: checked.corrected,
        corrections: checked.corrections,
      };
    }

    return {
      text: null,
      phrase: null,
      unavailable: false,
      busy: false,
      result: null,
      error: null,
      phrases: [],
      async open(text, sourceUrl) {
        set({ text, phrase: null, unavailable: false, result: null, error: null, busy: true });
        try {
          const api = await getApi();
          const phrase = await api.createPhrase(text, sourceUrl);
          if (get().text === text) set({ phrase, busy: false });
          void get().loadPhrases();
        } catch (error) {
          fail(error);
        }
      },
      close: () => set({ text: null, phrase: null, result: null, error: null }),
      async attempt(kind, transcript) {
        const { text, phrase } = get();
        if (!text || !transcript.trim()) return;
        set({ busy: true, error: null });
        try {
          const value = phrase
            ? await (await getApi()).attemptPhrase(phrase.id, kind, transcript)
            : await localAttempt(kind, text, transcript);
          set({ result: { kind, transcript, value }, busy: false });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) {
            set({ unavailable: true });
            const value = await localAttempt(kind, text, transcript).catch(() => scoreSaying(text, transcript));
            set({ result: { kind, transcript, value }, busy: false });
          } else fail(error);
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
