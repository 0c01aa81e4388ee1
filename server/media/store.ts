// Learners' recordings and the tutor's synthesised replies, as files under DATA_DIR/media/<userId>/.
// Served only to their owner (routes/media.ts). With an in-memory database (tests) the files go
// to a temporary folder.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STORED_EXTENSIONS, extensionOf, mediaTypeOf } from './mime';

const SAFE_NAME = new RegExp(`^[0-9a-f-]{36}\\.(${STORED_EXTENSIONS.join('|')})$`);

export interface MediaStore {
  /** Saves bytes for a user; returns the URL path the owner can fetch them from. */
  save(userId: string, bytes: Uint8Array, mimeType: string): Promise<string>;
  /** The file of a URL path's name for its owner, or null when it does not exist. */
  read(userId: string, name: string): Promise<{ bytes: Buffer; contentType: string } | null>;
}

export function createMediaStore(dataDir: string): MediaStore {
  const root = dataDir.startsWith('memory://') ? path.join(tmpdir(), `vea-media-${process.pid}`) : path.join(dataDir, 'media');
  const dirOf = (userId: string) => path.join(root, userId.replace(/[^0-9a-zA-Z-]/g, ''));
  // Folders made already: a turn saves two files, and a mkdir each was a system call per file.
  const made = new Set<string>();
  const writeInto = async (dir: string, name: string, bytes: Uint8Array) => {
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(path.join(dir, name), bytes);
  };
  return {
    async save(userId, bytes, mimeType) {
      const ext = extensionOf(mimeType) ?? 'bin';
      const name = `${randomUUID()}.${ext}`;
      const dir = dirOf(userId);
      try {
        await writeInto(dir, name, bytes);
      } catch (error) {
        // The folder went away after it was made (removed by hand): make it again, once.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        made.delete(dir);
        await writeInto(dir, name, bytes);
      }
      return `/media/${userId}/${name}`;
    },
    async read(userId, name) {
      if (!SAFE_NAME.test(name)) return null;
      try {
        const bytes = await readFile(path.join(dirOf(userId), name));
        return { bytes, contentType: mediaTypeOf(name.split('.').pop() ?? '') ?? 'application/octet-stream' };
      } catch {
        return null;
      }
    },
  };
}
