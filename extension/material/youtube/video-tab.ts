// What the panel runs inside a video's tab, each a small self-contained function passed to
// scripting.executeScript: fetch a caption file as the page itself (same origin, the page's
// cookies, no extra permission), read the player's live data after YouTube's in-page
// navigation, and seek the video.
import { browser } from 'wxt/browser';

async function fetchTextInPage(url: string): Promise<string | null> {
  const response = await fetch(url, { credentials: 'include' });
  return response.ok ? response.text() : null;
}

/** Runs in the page's own world, where the player element exposes its current response. */
function livePlayerResponse(): unknown {
  const player = document.getElementById('movie_player') as (HTMLElement & { getPlayerResponse?: () => unknown }) | null;
  return player?.getPlayerResponse?.() ?? null;
}

function seekVideo(seconds: number): boolean {
  const video = document.querySelector('video');
  if (!video) return false;
  video.currentTime = seconds;
  return true;
}

export async function fetchCaptionFile(tabId: number, url: string): Promise<string | null> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: fetchTextInPage, args: [url] });
  return typeof result?.result === 'string' ? result.result : null;
}

export async function readLivePlayerResponse(tabId: number): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, world: 'MAIN', func: livePlayerResponse });
  return result?.result ?? null;
}

export async function seekVideoInTab(tabId: number, seconds: number): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: seekVideo, args: [seconds] });
  return result?.result === true;
}
