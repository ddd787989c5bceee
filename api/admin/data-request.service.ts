import { adjustCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { touchList } from '../lists/list-version.ts';
import { isPublic } from '../organisations/authority.ts';
import { emailKey } from '../signatures/email.ts';
import { dropSignatureTrail, erasedContact, erasedPrivateFields, erasedPublicFields, forgetAuditDetail, isErased } from '../signatures/erasure.ts';
import { lockSignature } from '../signatures/signature.repository.ts';
import { withSnapshotsAmended } from '../snapshots/snapshot-amend.service.ts';
import type { Signature, SignatureFlag, SignatureKind, SignatureState } from '../signatures/signature.table.ts';
import type { SupportLetter } from '../support/support.table.ts';
import type { Db } from '../db/database.ts';
import { requestsByEmailKey } from '../publications/publication-request.service.ts';
import type { PublicationRequest } from '../publications/publication-request.table.ts';
import { recordAudit } from './audit.repository.ts';
import { commentsByEmail } from '../comments/comment.erasure.ts';
import type { Comment } from '../comments/comment.table.ts';

/**
 * Requests about a person's data (UK GDPR articles 15–17), answered by a campaigner:
 *
 * - **find**: every signature and letter of support by an address, found by its emailKey, so
 *   "Sian.Jones+x@gmail.com" finds what "sianjones@gmail.com" signed;
 * - **hide**: the signature stays counted but its name, role and place leave every public list
 *   and export (`show_name = 0`, as if the signer had chosen so: "Anonymous supporter"). An
 *   organisation is public by nature and keeps its name: to take it off, remove it;
 * - **remove** (erasure): the personal data is deleted and what remains is an anonymous
 *   tombstone (letter, state, kind, organisation type, country, area, the times), so the counts
 *   and the daily series stay true. A counted signature stays counted unless the campaigner also
 *   withdraws it, which takes it out of the counters in the same transaction. Its tokens and the
 *   mail waiting about it go, its logo file is deleted after the commit, and its letters of
 *   support (rows, PDFs and mail) go entirely if asked.
 *
 * Both also take the person's line out of every snapshot of the letter that lists it
 * (api/snapshots/snapshot-amend.service.ts), in the same request: a citable snapshot never keeps
 * a name its campaign was asked to remove.
 *
 * A person can run the same erasure on themselves, by a mailed link (api/rights/erase-me.service.ts).
 *
 * Every action needs a reason and is written to the audit log in the same transaction; the
 * audit detail names the letter and the reason, never the personal data, and earlier entries
 * about the erased signature lose any free text (a rejection's reason may quote the signer).
 */

export type FoundSignature = {
  id: number;
  letter: string;
  state: SignatureState;
  /** Why it is `fraudulent`, if it is. */
  flag: SignatureFlag | null;
  kind: SignatureKind;
  name: string;
  organisation: string | null;
  email: string;
  showName: boolean;
  createdAt: string;
  verifiedAt: string | null;
};

export type FoundSupport = { id: number; letter: string; state: string; authorName: string; organisation: string | null; createdAt: string };

const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+$/.test(s);

/**
 * Every row stored under an address, whole, oldest first: what the workspace lists and what a
 * person's own copy of their data holds (api/rights/held-data.ts).
 */
export async function rowsByEmail(db: Db, email: string): Promise<{ signatures: Signature[]; support: SupportLetter[]; comments: Comment[]; publicationRequests: PublicationRequest[] }> {
  const trimmed = email.trim();
  if (!looksLikeEmail(trimmed)) return { signatures: [], support: [], comments: [], publicationRequests: [] };
  const key = emailKey(trimmed);
  const signatures = await db.selectFrom('signatures').selectAll().where('email_key', '=', key).orderBy('created_at').orderBy('id').execute();
  const support = await db.selectFrom('support_letters').selectAll().where('email_key', '=', key).orderBy('created_at').orderBy('id').execute();
  return { signatures, support, comments: await commentsByEmail(db, trimmed), publicationRequests: await requestsByEmailKey(db, key) };
}

export async function findByEmail(deps: Pick<Deps, 'db'>, email: string): Promise<{ signatures: FoundSignature[]; support: FoundSupport[] }> {
  const { signatures, support } = await rowsByEmail(deps.db, email);
  return {
    signatures: signatures.map((r) => ({
      id: r.id,
      letter: r.letter,
      state: r.state,
      flag: r.flag,
      kind: r.kind,
      name: r.name,
      organisation: r.organisation,
      email: r.email,
      showName: r.show_name === 1,
      createdAt: r.created_at,
      verifiedAt: r.verified_at,
    })),
    support: support.map((s) => ({ id: s.id, letter: s.letter, state: s.state, authorName: s.author_name, organisation: s.organisation, createdAt: s.created_at })),
  };
}

/** The page checks the reason first and says what is wrong; this is the last line of defence. */
function checkReason(reason: string): string {
  const r = reason.trim();
  if (!r) throw new Error('a data request needs a reason');
  return r;
}

/** Takes the signer's name off every public list, export and snapshot; the signature stays counted. */
export async function hideSignature(deps: Pick<Deps, 'db' | 'clock' | 'uploads'>, id: number, by: string, reason: string): Promise<void> {
  const why = checkReason(reason);
  const at = deps.clock();
  const hidden = { show_name: 0 };
  await withSnapshotsAmended(deps, id, (row) => ({ ...row, ...hidden }), () => deps.db.transaction().execute(async (tx) => {
    const s = await lockSignature(tx, id);
    if (!s || isErased(s.email_key)) throw new NotFoundError('signature');
    await tx.updateTable('signatures').set(hidden).where('id', '=', id).execute();
    await touchList(tx, s.letter, at, { erasure: true });
    await recordAudit(tx, { at, actor: by, action: 'data.hidden', subject: { type: 'signature', id }, detail: { letter: s.letter, reason: why } });
  }));
}

export type EraseOptions = { withdraw: boolean; support: boolean };

/**
 * Erases one signature's personal data (see above). With `support`, the same person's letters
 * of support (same emailKey) go too. Answers what was done, for the page's message.
 */
export async function eraseSignature(
  deps: Pick<Deps, 'db' | 'clock' | 'uploads'>,
  id: number,
  by: string,
  reason: string,
  options: EraseOptions,
): Promise<{ withdrawn: boolean; supportLetters: number }> {
  const why = checkReason(reason);
  const at = deps.clock();
  const files: string[] = [];
  const result = await withSnapshotsAmended(deps, id, (row) => ({ ...row, ...erasedPublicFields }), () => deps.db.transaction().execute(async (tx) => {
    // Locked: a signer confirming or withdrawing on another server at this moment is counted once, either way.
    const s = await lockSignature(tx, id);
    if (!s || isErased(s.email_key)) throw new NotFoundError('signature');
    const counted = isPublic(s);
    const withdraw = options.withdraw && s.state !== 'withdrawn';
    if (withdraw && counted) await adjustCounts(tx, s, -1);
    await touchList(tx, s.letter, at, { erasure: true });
    await tx
      .updateTable('signatures')
      .set({
        ...erasedPublicFields,
        ...erasedPrivateFields,
        ...erasedContact,
        ...(withdraw ? { state: 'withdrawn' as const, withdrawn_at: at.toISOString() } : {}),
      })
      .where('id', '=', id)
      .execute();
    if (s.logo) files.push(s.logo);
    await dropSignatureTrail(tx, [id]);
    await forgetAuditDetail(tx, { type: 'signature', ids: [id], letter: s.letter });
    const supportLetters = options.support ? await eraseSupportIn(tx, s.email_key, at, files, s.letter) : 0;
    await recordAudit(tx, {
      at,
      actor: by,
      action: 'data.erased',
      subject: { type: 'signature', id },
      detail: { letter: s.letter, reason: why, withdrawn: withdraw, support_letters: supportLetters },
    });
    return { withdrawn: withdraw, supportLetters };
  }));
  // After the commit: a failed commit must not lose a file its row still points at.
  for (const key of files) await deps.uploads.remove(key);
  return result;
}

/**
 * Deletes every letter of support under an emailKey (rows, mail waiting about them, and into
 * `files` their PDFs to delete after the commit), inside the caller's transaction; earlier audit
 * entries about them keep only the letter. Answers how many went.
 */
async function eraseSupportIn(tx: Db, key: string, at: Date, files: string[], touched?: string): Promise<number> {
  const letters = await tx.selectFrom('support_letters').select(['id', 'letter', 'pdf']).where('email_key', '=', key).execute();
  for (const l of letters) {
    if (l.pdf) files.push(l.pdf);
    // Its letter's public pack may hold it: no server may go on serving that one.
    if (l.letter !== touched) await touchList(tx, l.letter, at, { erasure: true });
    await tx.deleteFrom('outbox').where('support_id', '=', l.id).execute();
    await forgetAuditDetail(tx, { type: 'support_letter', ids: [l.id], letter: l.letter });
    await tx.deleteFrom('support_letters').where('id', '=', l.id).execute();
  }
  return letters.length;
}

/**
 * Erases every letter of support under an address on its own, whether or not it signed
 * anything (`eraseSignature` takes them along with one signature through its `support`
 * option), audited as one action.
 */
export async function eraseSupportLetters(deps: Pick<Deps, 'db' | 'clock' | 'uploads'>, email: string, by: string, reason: string): Promise<number> {
  const why = checkReason(reason);
  const at = deps.clock();
  const files: string[] = [];
  const n = await deps.db.transaction().execute(async (tx) => {
    const erased = await eraseSupportIn(tx, emailKey(email.trim()), at, files);
    if (erased > 0) await recordAudit(tx, { at, actor: by, action: 'data.erased', subject: { type: 'support_letter' }, detail: { reason: why, support_letters: erased } });
    return erased;
  });
  for (const key of files) await deps.uploads.remove(key);
  return n;
}
