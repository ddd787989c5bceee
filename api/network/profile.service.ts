import type { Deps } from '../deps.ts';
import { InvalidInputError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { domainMatches } from '../organisations/authority.ts';
import { revokeMemberSessions } from './member-session.service.ts';
import type { Member } from './member.table.ts';
import { profileInputSchema } from './profile.schema.ts';

/**
 * Saves what a signed-in member changed. An organisation that changes its name or website is no
 * longer the one that was checked: it stays verified only if its email still matches the new
 * website, and loses a coordinator's "notable" mark, which was given to the old name.
 */
export async function updateProfile(deps: Pick<Deps, 'db' | 'clock'>, member: Member, input: unknown): Promise<Member> {
  const parsed = profileInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const p = parsed.data;
  const organisation = member.kind === 'organisation';
  const changedIdentity = organisation && ((p.organisation ?? null) !== member.organisation || (p.website ?? null) !== member.website);
  return deps.db
    .updateTable('members')
    .set({
      name: p.name,
      organisation: organisation ? (p.organisation ?? member.organisation) : null,
      organisation_type: organisation ? (p.organisation_type ?? member.organisation_type) : null,
      website: p.website ?? null,
      role: p.role ?? null,
      area: p.area ?? null,
      practices: JSON.stringify(p.practices),
      profile: p.profile ?? null,
      shown: JSON.stringify(p.shown),
      digest: p.digest ? 1 : 0,
      ...(changedIdentity
        ? { authority: p.website && domainMatches(member.email, p.website) ? 'domain_match' : null, notable: 0 }
        : {}),
    })
    .where('id', '=', member.id)
    .where('state', '=', 'active')
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Leaving: at once out of the directory and the counts, the profile gone (role, area,
 * practices, profile, website cleared, nothing shown, no digest), every browser signed out.
 * The name and address stay only until erasure or the retention sweep, so their board posts
 * can say "Former member" and a coordinator can answer a question about them.
 */
export async function leaveNetwork(deps: Pick<Deps, 'db' | 'clock'>, member: Pick<Member, 'id'>): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('members')
      .set({
        state: 'left',
        left_at: now.toISOString(),
        profile: null,
        role: null,
        area: null,
        practices: '[]',
        website: null,
        shown: '[]',
        digest: 0,
        confirm_hash: null,
        confirm_expires_at: null,
      })
      .where('id', '=', member.id)
      .execute();
    await revokeMemberSessions(tx, member.id, now);
  });
}
