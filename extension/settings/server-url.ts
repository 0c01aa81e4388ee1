// The server URL the learner typed, checked, granted and saved before anything is sent to it:
// what the field shows is the server that sign-in and sign-up talk to.
import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n/i18n';
import { serverUrlItem } from './settings';

/** Hosts the manifest already grants; any other server is asked for when it is first used. */
const GRANTED_HOSTS = new Set(['127.0.0.1', 'localhost']);

export type ServerUrlProblem = 'invalid' | 'not_allowed';

/** What the options page tells the learner for each problem. */
export const SERVER_URL_PROBLEM_MESSAGES: Record<ServerUrlProblem, MessageKey> = {
  invalid: 'serverUrlInvalid',
  not_allowed: 'serverNotAllowed',
};

export class ServerUrlError extends Error {
  constructor(readonly problem: ServerUrlProblem) {
    super(problem === 'invalid' ? 'Not an http(s) server URL' : 'The browser did not grant access to that server');
    this.name = 'ServerUrlError';
  }
}

export function parseServerUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** Must run inside the learner's click: the browser shows its permission prompt only then. */
async function allowServer(url: URL): Promise<boolean> {
  if (GRANTED_HOSTS.has(url.hostname) || !browser.permissions) return true;
  return browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] }).catch(() => false);
}

/** Saves the typed URL as the server and answers its origin; nothing is awaited before the permission prompt. */
export async function saveServerUrl(text: string): Promise<string> {
  const url = parseServerUrl(text);
  if (!url) throw new ServerUrlError('invalid');
  if (!(await allowServer(url))) throw new ServerUrlError('not_allowed');
  await serverUrlItem.setValue(url.origin);
  return url.origin;
}
