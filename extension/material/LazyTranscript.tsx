// The transcript list loads with its own chunk, only when the page is a video with captions.
import { lazy, Suspense } from 'react';
import type { PageInfo } from '../conversation/conversation-store';

const TranscriptList = lazy(() => import('./youtube/TranscriptList'));

/** The list has its own strings (material-messages.ts), so it takes no translator. */
export function LazyTranscript({ page, tabId }: { page: PageInfo; tabId: number | null | undefined }) {
  const lines = page.material?.transcript;
  if (!lines?.length || typeof tabId !== 'number') return null;
  return (
    <Suspense fallback={null}>
      <TranscriptList lines={lines} tabId={tabId} pageUrl={page.url} pageTitle={page.title} />
    </Suspense>
  );
}
