// A YouTube watch page as the session's material: the title, the channel and the English caption
// track with its times. Loaded lazily: only video pages need this code.
import type { LoadedPage } from '../loaded-page';
import type { PageSnapshot } from '../page-snapshot';
import type { PageMaterial } from '../material';
import { parseCaptionFile } from './caption-file';
import { captionChoiceOf, chooseCaptionTrack, json3UrlOf, videoDetailsOf } from './caption-tracks';
import { transcriptWindowText } from './transcript-window';
import { readPlayerResponse } from './player-response';
import { fetchCaptionFile, readLivePlayerResponse } from './video-tab';

export interface VideoTabAccess {
  fetchCaptionFile: (url: string) => Promise<string | null>;
  /** The player's current data, for a watch page reached by YouTube's in-page navigation. */
  livePlayerResponse: () => Promise<unknown>;
}

export function videoTabAccess(tabId: number): VideoTabAccess {
  return {
    fetchCaptionFile: (url) => fetchCaptionFile(tabId, url).catch(() => null),
    livePlayerResponse: () => readLivePlayerResponse(tabId).catch(() => null),
  };
}

/** "How bees talk - YouTube" -> "How bees talk", for a page whose player data has no title. */
const withoutSiteName = (title: string) => title.replace(/\s+-\s+YouTube$/, '').trim();

export async function loadVideoMaterial(snapshot: PageSnapshot, videoId: string, tab: VideoTabAccess): Promise<LoadedPage> {
  let started = performance.now();
  let details = videoDetailsOf(readPlayerResponse(snapshot.html));
  // After YouTube's in-page navigation the HTML still carries the first video's data.
  if (details?.videoId !== videoId) {
    const live = videoDetailsOf(await tab.livePlayerResponse());
    started = performance.now();
    details = live?.videoId === videoId ? live : null;
  }
  let extractionMs = performance.now() - started;
  const title = details?.title || withoutSiteName(snapshot.title);
  const base = { title, url: snapshot.url };
  const material: PageMaterial = { kind: 'video', videoId, ...(details?.author ? { author: details.author } : {}) };

  const track = details ? chooseCaptionTrack(details.tracks) : null;
  if (!track) {
    return { page: { ...base, status: 'no-article', text: '', material: { ...material, note: 'no-captions' } }, extractionMs };
  }
  const file = await tab.fetchCaptionFile(json3UrlOf(track.baseUrl, snapshot.url));
  started = performance.now();
  const transcript = file ? parseCaptionFile(file) : [];
  const text = transcriptWindowText(transcript, snapshot.mediaTimeSec);
  extractionMs += performance.now() - started;
  const captions = captionChoiceOf(track);
  if (transcript.length === 0) {
    return { page: { ...base, status: 'no-article', text: '', material: { ...material, captions, note: 'captions-unavailable' } }, extractionMs };
  }
  return { page: { ...base, status: 'article', text, material: { ...material, captions, transcript } }, extractionMs };
}
