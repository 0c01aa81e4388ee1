import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ServerUrlError, saveServerUrl } from './server-url';
import { DEFAULT_SERVER_URL, serverUrlItem } from './settings';

/** The learner's answers to the browser's permission prompt, in order. */
function answerPermissionPrompts(...answers: boolean[]) {
  const request = vi.fn(async (_permissions: { origins?: string[] }) => answers.shift() ?? false);
  // Chrome's typings pick the callback overload, which returns void.
  vi.spyOn(browser.permissions, 'request').mockImplementation(request as unknown as typeof browser.permissions.request);
  return request;
}

describe('the server URL typed in the options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('is saved as the server, as its origin', async () => {
    expect(await saveServerUrl(' http://127.0.0.1:9123/api/ ')).toBe('http://127.0.0.1:9123');
    expect(await serverUrlItem.getValue()).toBe('http://127.0.0.1:9123');
  });

  it('is refused, and the old server kept, when it is not an http(s) address', async () => {
    for (const text of ['', '127.0.0.1:9123', 'ftp://files.example']) {
      await expect(saveServerUrl(text)).rejects.toMatchObject({ problem: 'invalid' });
    }
    expect(await serverUrlItem.getValue()).toBe(DEFAULT_SERVER_URL);
  });

  it('asks the browser for access to a server on another host, and is refused without it', async () => {
    const request = answerPermissionPrompts(false, true);
    const refused = await saveServerUrl('https://tutor.example:8443').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServerUrlError);
    expect(await serverUrlItem.getValue()).toBe(DEFAULT_SERVER_URL);
    expect(await saveServerUrl('https://tutor.example:8443')).toBe('https://tutor.example:8443');
    expect(request).toHaveBeenCalledWith({ origins: ['https://tutor.example/*'] });
  });
});
