import type { Db } from '../../api/db/database.ts';
import type { DirectoryField, NewMember } from '../../api/network/member.table.ts';
import { currentPrinciplesVersion } from '../../api/network/principles.ts';
import { emailKey } from '../../api/signatures/email.ts';

let serial = 0;

/**
 * A network member as a row, in any state (active unless told): the directory's and profile's
 * tests start from members who have already joined and been approved.
 */
export async function aMemberRow(db: Db, overrides: Partial<NewMember> & { showing?: readonly DirectoryField[]; practiceCodes?: readonly string[] } = {}) {
  serial++;
  const { showing = [], practiceCodes = [], ...row } = overrides;
  const email = row.email ?? `member${serial}@example.org`;
  const at = '2026-11-01T10:00:00.000Z';
  return db
    .insertInto('members')
    .values({
      email,
      email_key: emailKey(email),
      name: `Member ${serial}`,
      kind: 'individual',
      organisation: null,
      organisation_type: null,
      website: null,
      authority: null,
      notable: 0,
      role: null,
      area: null,
      practices: JSON.stringify(practiceCodes),
      profile: null,
      shown: JSON.stringify(showing),
      principles_version: currentPrinciplesVersion,
      locale: 'en',
      state: 'active',
      created_at: at,
      confirmed_at: at,
      decided_at: at,
      active_confirmed_at: at,
      digest: 0,
      ...row,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
