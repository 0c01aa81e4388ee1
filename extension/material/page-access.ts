// Reading a page the extension holds no permission for (a PDF on another site, a tab opened
// before the panel): the panel asks the learner, who grants the site's host permission (the
// manifest lists all sites as optional) or goes on without the page.
import { browser } from 'wxt/browser';

/** "https://docs.example/*" for an http(s) address; null for pages no permission opens (chrome://, the store). */
export function originPatternOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

export function hasAccess(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

const waiting = new Set<(granted: boolean) => void>();

function settle(granted: boolean): void {
  for (const resolve of waiting) resolve(granted);
  waiting.clear();
}

/** Resolves when the learner grants (true) or declines (false) through the buttons below. */
export function accessDecision(): Promise<boolean> {
  return new Promise((resolve) => waiting.add(resolve));
}

/** Must run inside the click that asks: Chrome shows its permission prompt only for a user gesture. */
export async function requestAccess(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
  if (granted) settle(true);
  return granted;
}

export function declineAccess(): void {
  settle(false);
}
