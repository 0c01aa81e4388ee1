// The drill card: the learner's own sentence (and recording), the corrected sentence in the
// tutor's voice, then their answer, said or typed, scored and rated. Loaded on demand (the
// side panel's first load has a JavaScript budget), hence the default export for React.lazy.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '../api/api-client';
import type { Language } from '../i18n/i18n';
import { reviewTranslator } from '../i18n/review-messages';
import type { RecordPhrase } from '../practice/phrase-recording';
import type { Speaker } from '../voice/speaker';
import { createDrillStore } from './drill-store';
import { DrillResultView } from './DrillResultView';
import { playOwnRecording } from './own-recording';
import type { DrillRequest } from './review-panel-store';

export interface DrillCardProps {
  request: DrillRequest;
  getApi: () => Promise<ApiClient>;
  speaker: Speaker;
  recordPhrase: RecordPhrase | null;
  language: Language;
  onRated: () => void;
  onClose: () => void;
}

export default function DrillCard({ request, getApi, speaker, recordPhrase, language, onRated, onClose }: DrillCardProps) {
  const t = reviewTranslator(language);
  const [store] = useState(() => createDrillStore({ getApi, onRated }));
  const { status, item, target, result, error, load, submit } = useStore(store);
  const [draft, setDraft] = useState('');
  const [shown, setShown] = useState(false);
  const [notHeard, setNotHeard] = useState(false);
  const [stopRecording, setStopRecording] = useState<(() => void) | null>(null);
  const answerField = useRef<HTMLInputElement>(null);
  const played = useRef<string | null>(null);
  const recording = useRef<(() => void) | null>(null);
  const ownAudio = target?.audioUrl;
  const playModel = () => target && speaker.say({ text: target.reference });
  const playOwn = async () => {
    if (!ownAudio) return;
    speaker.cancel();
    await playOwnRecording((path) => getApi().then((api) => api.media(path)), ownAudio).catch(() => undefined);
  };

  useEffect(() => {
    void load(request.itemId);
  }, [request.itemId, load]);

  useEffect(() => {
    // Focus goes back to what opened the card, and a recording in progress stops with it.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      recording.current?.();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    // Once per item (a retry after a failed rating does not replay it): their own voice first,
    // when they spoke the sentence, then the tutor's.
    if (status !== 'ready' || !item || played.current === item.id) return;
    played.current = item.id;
    setDraft('');
    setShown(false);
    answerField.current?.focus();
    void playOwn().then(playModel);
  }, [status, item]);

  const check = (event?: FormEvent) => {
    event?.preventDefault();
    setNotHeard(false);
    void submit(draft);
  };
  const record = () => {
    if (stopRecording) return stopRecording();
    if (!recordPhrase) return;
    speaker.cancel();
    const stop = recordPhrase(({ transcript }) => {
      recording.current = null;
      setStopRecording(null);
      if (!transcript.trim()) return setNotHeard(true);
      setDraft(transcript);
      void submit(transcript);
    });
    recording.current = stop;
    setStopRecording(() => stop);
  };
  const next = () => {
    played.current = null;
    void load(null);
  };
  const close = () => {
    stopRecording?.();
    speaker.cancel();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  const phrase = item?.kind === 'phrase';
  const title = phrase ? t('drillPhraseTitle') : t('drillTitle');
  return (
    <section
      data-testid="review-card"
      data-status={status}
      role="dialog"
      aria-label={title}
      onKeyDown={onKeyDown}
      className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <h2 className="text-sm font-semibold text-amber-950">{title}</h2>
      {status === 'loading' && <p className="text-xs text-gray-600">{t('drillLoading')}</p>}
      {status === 'empty' && <p className="text-xs text-gray-700">{error ?? t('drillEmpty')}</p>}
      {status === 'unavailable' && <p className="text-xs text-gray-700">{t('drillUnavailable')}</p>}
      {item && target && (
        <>
          {target.original ? (
            <p data-testid="review-own-sentence">
              <span className="text-xs text-gray-600">{t('drillYouSaid')}: </span>“{target.original}”
            </p>
          ) : (
            <p data-testid="review-phrase" className="font-semibold">“{target.reference}”</p>
          )}
          <div className="flex flex-wrap gap-1">
            {ownAudio && (
              <button type="button" data-testid="review-play-own" onClick={() => void playOwn()} className="rounded bg-white px-2 py-1 text-xs shadow-sm">
                {t('drillPlayOwn')}
              </button>
            )}
            <button type="button" data-testid="review-play-model" onClick={playModel} className="rounded bg-white px-2 py-1 text-xs shadow-sm">
              {phrase ? t('drillPlayPhrase') : t('drillPlayModel')}
            </button>
            {!phrase && !shown && status !== 'rated' && (
              <button type="button" data-testid="review-show-model" onClick={() => setShown(true)} className="rounded px-2 py-1 text-xs underline">
                {t('drillShowModel')}
              </button>
            )}
          </div>
          {!phrase && (shown || status === 'rated') && (
            <p data-testid="review-model" className="font-medium text-emerald-900">
              “{target.reference}”
            </p>
          )}
          {status !== 'rated' ? (
            <form onSubmit={check} className="space-y-1">
              <label htmlFor="review-answer" className="block text-xs text-gray-700">
                {phrase ? t('drillPhrasePrompt') : t('drillPrompt')}
              </label>
              <div className="flex gap-1">
                <input
                  id="review-answer"
                  ref={answerField}
                  data-testid="review-answer"
                  value={draft}
                  onChange={(e) => setDraft(e.target.value)}
                  aria-label={t('drillAnswerLabel')}
                  autoComplete="off"
                  maxLength={2000}
                  className="min-w-0 flex-1 rounded border border-gray-300 px-2 py-1"
                />
                {recordPhrase && (
                  <button type="button" data-testid="review-record" onClick={record} aria-pressed={stopRecording !== null} className="rounded bg-indigo-600 px-2 py-1 text-xs text-white">
                    {stopRecording ? t('drillStop') : t('drillRecord')}
                  </button>
                )}
                <button type="submit" data-testid="review-submit" disabled={status !== 'ready' || !draft.trim()} className="rounded bg-amber-600 px-2 py-1 text-xs text-white disabled:opacity-40">
                  {t('drillCheck')}
                </button>
              </div>
            </form>
          ) : (
            result && <DrillResultView result={result} language={language} onNext={next} t={t} />
          )}
          {notHeard && <p role="status" className="text-xs text-amber-900">{t('drillNotHeard')}</p>}
          {error && status === 'ready' && <p role="alert" className="text-xs text-red-700">{error}</p>}
          {item.explanation && (
            <p className="text-xs text-gray-700">
              <span className="font-semibold">{t('drillWhy')}: </span>
              {item.explanation}
            </p>
          )}
        </>
      )}
      <button type="button" data-testid="review-close" onClick={close} className="text-xs text-gray-600 underline">
        {t('drillClose')}
      </button>
    </section>
  );
}
