import { useState } from 'react';
import { useStore } from 'zustand';
import type { Translate } from '../i18n/i18n';
import type { AttemptKind } from '../../shared/phrases';
import type { RecordPhrase } from './phrase-recording';
import { wavAttemptAudio } from '../voice/wav';
import type { PracticeStore } from './practice-store';
import { AttemptResultView } from './AttemptResultView';

export interface PracticeCardProps {
  store: PracticeStore;
  onListen: (text: string) => void;
  /** Records one utterance with speech recognition; null when the browser cannot. */
  onRecord: ((onText: (text: string) => void) => void) | null;
  /** "Say it": records the microphone too, so the server can score the sound; null when the browser cannot. */
  onRecordSay: RecordPhrase | null;
  t: Translate;
}

export function PracticeCard({ store, onListen, onRecord, onRecordSay, t }: PracticeCardProps) {
  const { text, phrase, unavailable, busy, result, error, close, attempt } = useStore(store);
  const [draft, setDraft] = useState('');
  const [stopRecording, setStopRecording] = useState<(() => void) | null>(null);
  if (!text) return null;
  const meaning = phrase?.koreanText;
  const say = (record: RecordPhrase) => {
    const stop = record(({ transcript, wav }) => {
      setStopRecording(null);
      setDraft(transcript);
      void attempt('say', transcript, wav ? wavAttemptAudio(wav) : undefined);
    });
    setStopRecording(() => stop);
  };
  const run = (kind: AttemptKind) => {
    if (kind === 'say' && stopRecording) return stopRecording();
    if (draft.trim()) return void attempt(kind, draft);
    if (kind === 'say' && onRecordSay) return say(onRecordSay);
    onRecord?.((spoken) => {
      setDraft(spoken);
      void attempt(kind, spoken);
    });
  };
  return (
    <section data-testid="practice-card" aria-label={t('practice')} className="space-y-2 rounded-xl border border-indigo-200 bg-indigo-50/60 p-3">
      <div className="flex items-start justify-between gap-2">
        <h2 data-testid="practice-phrase" className="text-sm font-semibold text-indigo-900">
          “{text}”
        </h2>
        <button type="button" onClick={close} aria-label={t('practiceClose')} className="text-gray-500 hover:text-gray-800">
          ×
        </button>
      </div>
      {meaning && (
        <p className="text-xs text-gray-700">
          {t('meaning')}: {meaning}
        </p>
      )}
      {unavailable && <p data-testid="practice-unavailable" className="text-xs text-amber-800">{t('phrasesUnavailable')}</p>}
      <label className="block text-xs text-gray-600" htmlFor="practice-input">
        {t('typeInstead')}
      </label>
      <input
        id="practice-input"
        data-testid="practice-input"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        className="w-full rounded border border-gray-300 px-2 py-1 text-sm"
      />
      <div className="flex flex-wrap gap-1">
        <button type="button" data-testid="practice-listen" onClick={() => onListen(text)} className="rounded bg-white px-2 py-1 text-xs shadow-sm">
          {t('listen')}
        </button>
        <button type="button" data-testid="practice-say" disabled={busy || !phrase} onClick={() => run('say')} aria-pressed={stopRecording !== null} className="rounded bg-indigo-600 px-2 py-1 text-xs text-white disabled:opacity-40">
          {stopRecording ? t('stopRecording') : t('sayIt')}
        </button>
        <button type="button" data-testid="practice-use" disabled={busy || !phrase} onClick={() => run('use')} className="rounded bg-indigo-600 px-2 py-1 text-xs text-white disabled:opacity-40">
          {t('useIt')}
        </button>
      </div>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
      {result && <AttemptResultView result={result} t={t} />}
    </section>
  );
}
