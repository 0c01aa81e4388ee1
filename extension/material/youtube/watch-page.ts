// A YouTube watch page is recognised by its address (the panel's first load checks every tab;
// reading the page is player-response.ts, in the video chunk).

const WATCH_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com']);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** The video id of a watch-page address (https://www.youtube.com/watch?v=…), else null. */
export function watchPageVideoId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !WATCH_HOSTS.has(parsed.hostname) || parsed.pathname !== '/watch') return null;
  const id = parsed.searchParams.get('v') ?? '';
  return VIDEO_ID.test(id) ? id : null;
}
