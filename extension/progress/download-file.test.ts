import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { createApiClient } from '../api/api-client';
import { downloadReviewCsv, exportFileName, saveBlob, type SaveTarget } from './download-file';

const CSV = 'front,back,tags\n"I enjoyed to read it.","I enjoyed reading it.",grammar\n';

function page() {
  const { document } = parseHTML('<html><body></body></html>');
  const clicked: { href: string; download: string; inPage: boolean }[] = [];
  document.addEventListener('click', (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    clicked.push({ href: link.getAttribute('href') ?? '', download: link.getAttribute('download') ?? '', inPage: link.isConnected });
  });
  const revoked: string[] = [];
  const blobs = new Map<string, Blob>();
  const url = {
    createObjectURL: (blob: Blob) => {
      const href = `blob:videoengai/${blobs.size + 1}`;
      blobs.set(href, blob);
      return href;
    },
    revokeObjectURL: (href: string) => void revoked.push(href),
  };
  return { target: { document, url } as unknown as SaveTarget, clicked, revoked, blobs, document };
}

describe('notebook export', () => {
  it('downloads the CSV through the token-carrying client and saves it under a dated name', async () => {
    const fetchImpl = vi.fn(async () => new Response(CSV, { headers: { 'content-type': 'text/csv' } }));
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => 'tok', fetchImpl });
    const { target, clicked, revoked, blobs, document } = page();
    vi.useFakeTimers();
    try {
      await downloadReviewCsv(api, (blob, name) => saveBlob(blob, name, target), new Date('2026-12-01T15:00:00Z'));
      expect((fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toMatchObject({ authorization: 'Bearer tok' });
      expect(clicked).toEqual([{ href: 'blob:videoengai/1', download: 'videoengai-notebook-2026-12-01.csv', inPage: true }]);
      expect(await blobs.get('blob:videoengai/1')?.text()).toBe(CSV);
      expect(document.querySelectorAll('a')).toHaveLength(0);
      vi.runAllTimers();
      expect(revoked).toEqual(['blob:videoengai/1']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves nothing when the server refuses', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ code: 'unauthorized', message: 'Sign in first.', requestId: 'r' }, { status: 401 }));
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => null, fetchImpl });
    const save = vi.fn();
    await expect(downloadReviewCsv(api, save)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(save).not.toHaveBeenCalled();
  });

  it('names the file by the day of the export', () => {
    expect(exportFileName(new Date('2027-01-09T08:00:00Z'))).toBe('videoengai-notebook-2027-01-09.csv');
  });
});
