import { currentPrinciplesVersion } from '../../api/network/principles.ts';
import type { NewMember } from '../../api/network/member.table.ts';
import type { Db } from '../../api/db/database.ts';
import { emailKey } from '../../api/signatures/email.ts';
import { aMemberRow } from './member-rows.ts';
import { lastMailTo, type TestApp } from './signatures.ts';
import { tokenIn } from './smtp.ts';

/** A valid application to join the network; override any field. */
export function anApplicant(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Siân Ŵyn Roberts',
    email: 'sian@example.cymru',
    kind: 'individual',
    role: 'Community development worker',
    area: 'W06000008',
    practices: ['community-development', 'housing'],
    profile: 'I help tenants co-design their housing services.',
    shown: ['name', 'area'],
    principles: true,
    consent: true,
    ...overrides,
  };
}

/** An organisation's application, its website at its email's domain (so confirming verifies it). */
export const anOrganisationApplicant = (overrides: Record<string, unknown> = {}) =>
  anApplicant({ name: 'Ceri Lewis', email: 'ceri@tenantsvoice.cymru', kind: 'organisation', organisation: 'Tenants Voice Cymru', organisation_type: 'third_sector', website: 'https://tenantsvoice.cymru/', ...overrides });

/** Applies through the API, insists on the 202, and returns the confirmation mail's token. */
export async function applyToJoin(app: TestApp, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ body: ReturnType<typeof anApplicant>; token: string }> {
  const body = anApplicant(overrides);
  const res = await app.post('/api/network/members', body, headers);
  if (res.status !== 202) throw new Error(`joining answered ${res.status}: ${await res.text()}`);
  return { body, token: tokenIn(await lastMailTo(app, body.email), 'network/confirm') };
}

/** An application confirmed by its mailed link: waiting for a coordinator. Returns its row id. */
export async function awaitingMember(app: TestApp, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<number> {
  const { body, token } = await applyToJoin(app, overrides, headers);
  const res = await app.post('/api/network/members/confirm', { token });
  if (res.status !== 200) throw new Error(`confirming answered ${res.status}: ${await res.text()}`);
  const row = await app.db.selectFrom('members').select('id').where('email_key', '=', emailKey(body.email)).executeTakeFirstOrThrow();
  return row.id;
}

/** A member row as the test needs it, straight into the table (no mail): any state. */
export async function insertMemberRow(db: Db, overrides: Partial<NewMember> = {}): Promise<number> {
  const row = { name: 'A Member', area: 'W06000015', principles_version: currentPrinciplesVersion, decided_at: null, active_confirmed_at: null, ...overrides };
  return (await aMemberRow(db, row)).id;
}
