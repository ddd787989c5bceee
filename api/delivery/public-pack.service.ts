import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locale.ts';
import { findLetter } from '../letters/letter.service.ts';
import { readErasures, readListVersion } from '../lists/list-version.ts';
import { publishedSupportStamp } from '../support/support.repository.ts';
import { deliveryPackPdf } from './pack.pdf.ts';
import { deliveryPack } from './pack.service.ts';

/**
 * The public delivery pack is anyone's to download and a big one takes seconds to set, so a
 * crowd of journalists must not make the server set it again and again: it is made at most
 * once a minute per letter and language, again only when the list or the published letters
 * of support have changed. A pack made before a data request is never the answer, on any
 * server: the request counts itself in the database (`erasures`), which each download reads.
 *
 * Each server keeps its own packs, so with several servers a letter's pack may be made once a
 * minute on each; and each server makes one pack at a time. That is protection of its own CPU,
 * not agreement between servers: several servers make at most one pack each at once.
 */
const minimumAge = 60_000;

type Made = { stamp: string; erasures: number; madeAt: number; bytes: Promise<Uint8Array> };

// Per database, so two servers in one process (the tests) never share a pack.
const made = new WeakMap<object, Map<string, Made>>();
let queue: Promise<unknown> = Promise.resolve();

export async function publicPackPdf(deps: Pick<Deps, 'db' | 'reader' | 'letters' | 'clock'>, slug: string, lang: Locale): Promise<Uint8Array> {
  const letter = findLetter(deps, slug);
  const [version, erasures, support] = await Promise.all([
    readListVersion(deps.db, letter.slug),
    readErasures(deps.db, letter.slug),
    publishedSupportStamp(deps.db, letter.slug),
  ]);
  const stamp = `${version.version}|${support}`;
  const now = deps.clock().getTime();
  const packs = made.get(deps.db) ?? new Map<string, Made>();
  made.set(deps.db, packs);
  const key = `${letter.slug}|${lang}`;
  const last = packs.get(key);
  // A pack being made, or made within the minute, is the answer even if the list moved since
  // (its "as of" says when), unless a data request came since: then no name waits a minute.
  if (last && last.erasures === erasures && (last.stamp === stamp || now - last.madeAt < minimumAge)) return last.bytes;

  const bytes = queue.then(async () => deliveryPackPdf(await deliveryPack(deps, letter.slug, lang, 'public')));
  queue = bytes.catch(() => undefined);
  const entry = { stamp, erasures, madeAt: now, bytes };
  packs.set(key, entry);
  // A failure is not kept: the next download tries again.
  bytes.catch(() => packs.get(key) === entry && packs.delete(key));
  return bytes;
}
