import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { apiClient } from '../api/auth';
import { recordPanelMetric } from './panel-metrics';
import { authItem, avatarItem, strictnessItem } from '../settings/settings';
import { useI18n } from '../i18n/use-i18n';
import { usePendingPractice } from '../practice/use-pending-practice';
import { useStorageItem } from '../settings/use-storage-item';
import { useTutor } from './use-tutor';
import { useVoiceInput } from '../voice/use-voice-input';
import { createPracticeStore } from '../practice/practice-store';
import { Avatar } from '../voice/Avatar';
import { ReplyVideoContext, useReplyVideo } from '../voice/reply-video';
import { Composer } from './Composer';
import { ConnectionBadge } from './ConnectionBadge';
import { MessageList } from './MessageList';
import { MicPermissionNote } from '../voice/MicPermissionNote';
import { PageHeader } from '../material/PageHeader';
import { LazyTranscript } from '../material/LazyTranscript';
import { LazyPracticeCard } from '../practice/LazyPracticeCard';
import { SignInPrompt } from '../api/SignInPrompt';
import { createReviewPanelStore } from '../review/review-panel-store';
import { useReviewRefresh } from '../review/use-review-refresh';
import { ReviewCount } from '../review/ReviewCount';
import { LazyDrillCard } from '../review/LazyDrillCard';

export function SidePanelApp({ tabId }: { tabId: number | null | undefined }) {
  const { t, language } = useI18n();
  const auth = useStorageItem(authItem);
  const strictness = useStorageItem(strictnessItem) ?? 'all';
  const avatarStyle = useStorageItem(avatarItem) ?? 'animated';
  const { store, speaker, controller } = useTutor(tabId, auth);
  const state = useStore(store);
  const [practice] = useState(() => createPracticeStore(() => apiClient()));
  const voice = useVoiceInput(store, controller);
  usePendingPractice(tabId, practice);
  const [review] = useState(() => createReviewPanelStore(() => apiClient()));
  const { due, drill, openDrill, closeDrill, refresh } = useStore(review);
  useReviewRefresh(store, practice, review, Boolean(auth));

  useEffect(() => {
    if (state.page.title && !window.__panelMetrics?.titleRenderedMs) recordPanelMetric('titleRenderedMs', performance.now());
  }, [state.page.title]);

  const replyVideo = useReplyVideo({ offered: avatarStyle === 'video-when-ready', speaking: state.speaking, silenceTutor: speaker.cancel });
  const { playing } = replyVideo;
  const avatarVideo = playing && { url: playing.url, onEnded: replyVideo.stop, onFailed: () => replyVideo.fail(playing.url) };
  return (
    <main lang={language} className="flex h-screen flex-col gap-2 bg-white p-3 text-gray-900">
      <div className="flex items-start justify-between gap-2">
        <PageHeader page={state.page} topics={state.session?.keyTerms.slice(0, 5) ?? []} t={t} />
        <div className="flex flex-col items-end gap-1">
          <ConnectionBadge status={state.status} capabilities={state.capabilities} t={t} />
          <ReviewCount due={due} onOpen={() => openDrill()} t={t} />
        </div>
      </div>
      <Avatar speaking={state.speaking} viseme={state.viseme} video={avatarVideo} t={t} />
      <LazyTranscript page={state.page} tabId={tabId} />
      {state.speaking && (
        <button type="button" onClick={() => speaker.cancel()} className="mx-auto text-xs text-gray-500 underline">
          {t('stopSpeaking')}
        </button>
      )}
      {auth === null && <SignInPrompt t={t} />}
      {drill && (
        <LazyDrillCard
          request={drill}
          getApi={apiClient}
          speaker={speaker}
          recordPhrase={voice.recordPhrase}
          language={language}
          onRated={() => void refresh()}
          onClose={closeDrill}
        />
      )}
      <LazyPracticeCard store={practice} onListen={(text) => speaker.say({ text })} onRecord={voice.recordOnce} onRecordSay={voice.recordPhrase} t={t} />
      {voice.needsPermission && <MicPermissionNote t={t} />}
      {voice.handsFree && voice.vadFallback && (
        <p role="status" data-testid="vad-fallback" className="rounded bg-amber-50 p-2 text-xs text-amber-900">
          {t('vadFallback')}
        </p>
      )}
      {state.resendingInSec !== null && (
        <p role="status" data-testid="panel-resending" className="rounded bg-amber-50 p-2 text-xs text-amber-900">
          {t('resendingBusy', { sec: state.resendingInSec })}
        </p>
      )}
      {(state.error || state.notice) && (
        <p role="alert" data-testid="panel-error" className="rounded bg-red-50 p-2 text-xs text-red-800">
          {state.error ?? state.notice}
        </p>
      )}
      <ReplyVideoContext.Provider value={replyVideo}>
        <MessageList
          messages={state.messages}
          liveTranscript={state.liveTranscript}
          strictness={strictness}
          reviewTargets={state.reviewTargets}
          onOpenReview={openDrill}
          t={t}
        />
      </ReplyVideoContext.Provider>
      <Composer
        onSend={(text) => controller?.sendText(text) ?? false}
        listening={voice.listening}
        micSupported={voice.supported}
        handsFree={voice.handsFree}
        onMicPress={voice.press}
        onMicRelease={voice.release}
        onHandsFreeChange={voice.setHandsFree}
        disabled={!controller || state.status !== 'open'}
        t={t}
      />
    </main>
  );
}
