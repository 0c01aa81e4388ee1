// Saves a file the server made for the learner (the notebook's CSV export). The route needs the
// token, so a plain link cannot fetch it: the bytes come through the API client and are handed
// to the browser as a blob link with a file name.
import type { ApiClient } from '../api/api-client';

export interface SaveTarget {
  document: Pick<Document, 'createElement' | 'body'>;
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}

export function saveBlob(blob: Blob, filename: string, target: SaveTarget = { document, url: URL }): void {
  const href = target.url.createObjectURL(blob);
  const link = target.document.createElement('a');
  link.href = href;
  link.download = filename;
  link.rel = 'noopener';
  target.document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the blob's URL is no longer needed.
  setTimeout(() => target.url.revokeObjectURL(href), 0);
}

/** `videoengai-notebook-2026-12-01.csv`, dated the day it was exported. */
export function exportFileName(now: Date): string {
  return `videoengai-notebook-${now.toISOString().slice(0, 10)}.csv`;
}

export async function downloadReviewCsv(api: Pick<ApiClient, 'reviewExportCsv'>, save = saveBlob, now = new Date()): Promise<void> {
  save(await api.reviewExportCsv(), exportFileName(now));
}
