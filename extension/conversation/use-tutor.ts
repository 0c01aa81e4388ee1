// Starts the panel's conversation for one tab once the learner is signed in, and ends it when
// the panel closes.
import { useEffect, useState } from 'react';
import { apiClient, currentAuth } from '../api/auth';
import { loadMaterial, quickPageInfo } from '../material/panel-page';
import { sessionMaterialOf } from '../material/session-material';
import { recordPanelMetric } from './panel-metrics';
import { serverUrlItem, voiceItem, type AuthState } from '../settings/settings';
import { createSpeaker, type Speaker } from '../voice/speaker';
import { createTutorController, type TutorController } from './tutor-controller';
import { createConversationStore, type ConversationStore } from './conversation-store';

export interface Tutor {
  store: ConversationStore;
  speaker: Speaker;
  controller: TutorController | null;
}

export function useTutor(tabId: number | null | undefined, auth: AuthState | null | undefined): Tutor {
  const [store] = useState(createConversationStore);
  const [speaker] = useState(() => {
    let voice = { browserVoice: '', rate: 1 };
    void voiceItem.getValue().then((v) => (voice = v));
    return createSpeaker({
      onSpeaking: (speaking) => store.getState().setSpeaking(speaking),
      onViseme: (viseme) => store.getState().setViseme(viseme),
      voiceName: () => voice.browserVoice,
      rate: () => voice.rate,
    });
  });
  const [controller, setController] = useState<TutorController | null>(null);

  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    void (async () => {
      const quick = await quickPageInfo(tabId);
      if (cancelled) return;
      store.getState().setPage(quick);
      const loaded = await loadMaterial(tabId, quick, (page) => !cancelled && store.getState().setPage(page));
      if (cancelled) return;
      if (loaded.extractionMs !== null) recordPanelMetric('extractionMs', loaded.extractionMs);
      store.getState().setPage(loaded.page);
    })();
    return () => {
      cancelled = true;
    };
  }, [tabId, store]);

  useEffect(() => {
    if (!auth || tabId === undefined) return;
    let instance: TutorController | null = null;
    let cancelled = false;
    const unsubscribe = store.subscribe((state) => {
      if (state.page.status !== 'loading' && !instance && !cancelled) void begin();
    });
    async function begin() {
      const [api, serverUrl] = await Promise.all([apiClient(), serverUrlItem.getValue()]);
      if (cancelled || instance) return;
      instance = createTutorController({
        store,
        api,
        serverUrl,
        speaker,
        getToken: async () => (await currentAuth())?.token ?? null,
      });
      setController(instance);
      const { page: current } = store.getState();
      await instance
        .start({ url: current.url || 'about:blank', title: current.title, text: current.text, ...sessionMaterialOf(current) })
        .catch((error: unknown) => store.getState().setError(error instanceof Error ? error.message : String(error)));
    }
    if (store.getState().page.status !== 'loading') void begin();
    return () => {
      cancelled = true;
      unsubscribe();
      instance?.dispose();
      setController(null);
    };
  }, [auth?.token, tabId, store, speaker]);

  return { store, speaker, controller };
}
