import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * What an upload is kept for; each has its own folder and its own file ending. `import`: a CSV
 * of paper signatures kept between its preview and the campaigner's confirmation.
 */
export const uploadKinds = { 'support-pdf': 'pdf', 'reply-pdf': 'pdf', logo: 'webp', import: 'csv' } as const;
export type UploadKind = keyof typeof uploadKinds;

const keyShape = /^(support-pdf|reply-pdf|logo|import)\/[A-Za-z0-9_-]{22}\.(pdf|webp|csv)$/;

/**
 * Files people send, kept under DATA_DIR/uploads: outside anything the web server serves, named
 * by a random key (never the uploader's file name), and only ever sent back through a route that
 * sets its own safe headers. A file is written in full and synced before its row may point at
 * it; a row that fails to commit leaves at worst an orphan file, never a row without its file.
 */
export type Uploads = {
  save(kind: UploadKind, bytes: Uint8Array): Promise<string>;
  read(key: string): Promise<Buffer | undefined>;
  remove(key: string): Promise<void>;
};

export function uploadStore(dataDir: string): Uploads {
  const root = path.join(dataDir, 'uploads');
  // A key from the database is still checked: no path ever leaves the uploads folder.
  const fileOf = (key: string) => {
    if (!keyShape.test(key)) throw new Error(`not an upload key: ${key}`);
    return path.join(root, key);
  };
  return {
    async save(kind, bytes) {
      const key = `${kind}/${randomBytes(16).toString('base64url')}.${uploadKinds[kind]}`;
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.part`;
      const handle = await fs.open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, file);
      return key;
    },
    async read(key) {
      try {
        return await fs.readFile(fileOf(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    async remove(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
