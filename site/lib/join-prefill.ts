import { createHmac } from 'node:crypto';
import type { Db } from '../../api/db/database.ts';
import type { Signature } from '../../api/signatures/signature.table.ts';
import { beyondWales } from '../../api/network/practices.ts';
import { sharedKey } from '../../api/settings/shared-key.ts';
import { sameHash } from '../../api/tokens/secret.ts';
import type { FormValues } from './letter-form.ts';

/**
 * What a signer typed, carried from the confirmation of their signature to the join form, so
 * the thank-you page can offer to join with it filled in. Never in an address (it would leak
 * in logs and Referer): in an HttpOnly cookie for this site alone, for an hour, signed so that
 * only the site's own words are read back (the key is shared by every server, so a browser may
 * land on any of them). It holds no email address, and it joins no one: the person still sends
 * the form and confirms it.
 */
export const prefillCookieName = 'llofnod_join';
export const prefillSeconds = 60 * 60;

const fields = ['name', 'kind', 'organisation', 'organisation_type', 'website', 'role', 'area'] as const;
type Prefill = Partial<Record<(typeof fields)[number], string>> & { until: number };

const sign = async (db: Db, payload: string) => createHmac('sha256', await sharedKey(db, 'join_prefill_key')).update(payload).digest('base64url');

export async function prefillFrom(db: Db, s: Pick<Signature, 'name' | 'kind' | 'organisation' | 'organisation_type' | 'website' | 'role' | 'area' | 'country'>, now: Date): Promise<string> {
  const area = s.country === 'GB-WLS' ? (s.area ?? undefined) : beyondWales;
  const data: Prefill = { name: s.name, kind: s.kind, organisation: s.organisation ?? undefined, organisation_type: s.organisation_type ?? undefined, website: s.website ?? undefined, role: s.role ?? undefined, area, until: now.getTime() + prefillSeconds * 1000 };
  const payload = Buffer.from(JSON.stringify(data)).toString('base64url');
  return `${payload}.${await sign(db, payload)}`;
}

/** The form's values from a cookie the site signed and that has not run out; nothing otherwise. */
export async function readPrefill(db: Db, cookie: string | undefined, now: Date): Promise<FormValues | undefined> {
  const [payload, signature] = (cookie ?? '').split('.');
  if (!payload || !signature || !sameHash(await sign(db, payload), signature)) return undefined;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Prefill;
    if (!(data.until > now.getTime())) return undefined;
    return Object.fromEntries(fields.flatMap((f) => (typeof data[f] === 'string' ? [[f, data[f]]] : [])));
  } catch {
    return undefined;
  }
}

export const prefillCookieOptions = (publicOrigin: string) => ({ httpOnly: true, secure: publicOrigin.startsWith('https:'), sameSite: 'lax', path: '/', maxAge: prefillSeconds }) as const;
