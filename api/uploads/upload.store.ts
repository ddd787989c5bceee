import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * What an upload is kept for; each has its own folder and its own file ending. `import`: a CSV
 * of paper signatures kept between its preview and the campaigner's confirmation. `snapshot`:
 * the public list's CSV as it was frozen (api/snapshots/), written by the server, not sent.
 */
export const uploadKinds = { 'support-pdf': 'pdf', 'reply-pdf': 'pdf', logo: 'webp', import: 'csv', snapshot: 'csv' } as const;
export type UploadKind = keyof typeof uploadKinds;

const keyShape = /^(support-pdf|reply-pdf|logo|import|snapshot)\/[A-Za-z0-9_-]{22}\.(pdf|webp|csv)$/;

/**
 * Files people send, kept under DATA_DIR/uploads: outside anything the web server serves, named
 * by a random key (never the uploader's file name), and only ever sent back through a route that
 * sets its own safe headers. A file is written in full and synced before its row may point at
 * it; a row that fails to commit leaves at worst an orphan file, never a row without its file.
 */
export type Uploads = {
  save(kind: UploadKind, bytes: Uint8Array): Promise<string>;
  /** As `save`, from chunks written as they come: a file too big to hold in memory (a snapshot of a million names). */
  saveStream(kind: UploadKind, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string>;
  read(key: string): Promise<Buffer | undefined>;
  /** The file a chunk at a time, or undefined when there is none. */
  stream(key: string): Promise<ReadableStream<Uint8Array> | undefined>;
  remove(key: string): Promise<void>;
};

const streamChunk = 64 * 1024;
const missing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export function uploadStore(dataDir: string): Uploads {
  const root = path.join(dataDir, 'uploads');
  // A key from the database is still checked: no path ever leaves the uploads folder.
  const fileOf = (key: string) => {
    if (!keyShape.test(key)) throw new Error(`not an upload key: ${key}`);
    return path.join(root, key);
  };
  const saveStream = async (kind: UploadKind, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) => {
    const key = `${kind}/${randomBytes(16).toString('base64url')}.${uploadKinds[kind]}`;
    const file = fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.part`;
    const handle = await fs.open(temporary, 'wx', 0o600);
    try {
      for await (const chunk of chunks) await handle.write(chunk);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await fs.rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    // The rename is what makes the file exist under its key: never half a file there.
    await fs.rename(temporary, file);
    return key;
  };
  return {
    save: (kind, bytes) => saveStream(kind, [bytes]),
    saveStream,
    async read(key) {
      try {
        return await fs.readFile(fileOf(key));
      } catch (e) {
        if (missing(e)) return undefined;
        throw e;
      }
    },
    async stream(key) {
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(fileOf(key), 'r');
      } catch (e) {
        if (missing(e)) return undefined;
        throw e;
      }
      // Read only when asked (pull): a slow download or a paused reader never has the file read ahead into memory.
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const buffer = new Uint8Array(streamChunk);
          const { bytesRead } = await handle.read(buffer, 0, streamChunk, null);
          if (bytesRead > 0) return controller.enqueue(buffer.subarray(0, bytesRead));
          await handle.close();
          controller.close();
        },
        cancel: () => handle.close(),
      });
    },
    async remove(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
