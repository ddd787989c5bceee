import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, NotAwaitingApprovalError, NotFoundError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { countInState, listInState, lockSupport, moveSupport } from './support.repository.ts';
import { extractEditSchema } from './support.schema.ts';
import type { SupportLetter } from './support.table.ts';

/**
 * A campaigner's decisions on letters of support. Each change, its audit entry and (for a
 * decision) the mail telling the author stand or fall together in one transaction. `by` is the
 * campaigner's address, kept with the decision; these functions know nothing of who may decide.
 */

type Action = 'support.published' | 'support.rejected' | 'support.extract_edited' | 'support.notable' | 'support.not_notable';

async function audited(db: Db, at: Date, by: string, action: Action, s: SupportLetter, detail: Record<string, unknown> = {}) {
  await recordAudit(db, { at, actor: by, action, subject: { type: 'support_letter', id: s.id }, detail: { letter: s.letter, ...detail } });
}

/** Locked: of two campaigners acting on one letter at once, on two servers, the second sees the first's change. */
async function waiting(db: Db, id: number): Promise<SupportLetter> {
  const s = await lockSupport(db, id);
  if (!s) throw new NotFoundError('support');
  return s;
}

/** A campaigner's extract, checked as the author's was. */
function parseExtract(extract: unknown): string {
  const parsed = extractEditSchema.safeParse({ extract });
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  return parsed.data.extract;
}

/**
 * Publishes a letter of support as far as its author allowed (for `none`, accepts it for the
 * recipient only), with the extract as the campaigner left it and, if they say so, as notable.
 */
export async function approveSupport(deps: Deps, id: number, by: string, choices: { extract?: unknown; notable?: boolean } = {}): Promise<SupportLetter> {
  const extract = choices.extract === undefined ? undefined : parseExtract(choices.extract);
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const s = await waiting(tx, id);
    const changes = {
      state: 'published' as const,
      decided_at: at.toISOString(),
      decided_by: by,
      ...(extract ? { extract } : {}),
      ...(choices.notable ? { notable: 1 } : {}),
    };
    if (!(await moveSupport(tx, id, 'awaiting_approval', changes))) throw new NotAwaitingApprovalError('support');
    if (extract && extract !== s.extract) await audited(tx, at, by, 'support.extract_edited', s, { from: s.extract, to: extract });
    if (choices.notable && s.notable === 0) await audited(tx, at, by, 'support.notable', s);
    await audited(tx, at, by, 'support.published', s, { publish: s.publish });
    await enqueueMail(tx, 'support_published', { supportId: id }, at);
    return { ...s, ...changes };
  });
}

/** Keeps a letter of support from publication and from the recipient; the reason goes to its author. */
export async function rejectSupport(deps: Deps, id: number, by: string, reason: string): Promise<SupportLetter> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const s = await waiting(tx, id);
    const changes = { state: 'rejected' as const, decided_at: at.toISOString(), decided_by: by, reason };
    if (!(await moveSupport(tx, id, 'awaiting_approval', changes))) throw new NotAwaitingApprovalError('support');
    await audited(tx, at, by, 'support.rejected', s, { reason });
    await enqueueMail(tx, 'support_rejected', { supportId: id }, at);
    return { ...s, ...changes };
  });
}

/** Changes the extract of a letter waiting or published (the author's words stay in the full letter). */
export async function editSupportExtract(deps: Deps, id: number, by: string, extract: unknown): Promise<SupportLetter> {
  const next = parseExtract(extract);
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const s = await waiting(tx, id);
    if (s.state !== 'awaiting_approval' && s.state !== 'published') throw new NotAwaitingApprovalError('support');
    if (next === s.extract) return s;
    await tx.updateTable('support_letters').set({ extract: next }).where('id', '=', id).execute();
    await audited(tx, at, by, 'support.extract_edited', s, { from: s.extract, to: next });
    return { ...s, extract: next };
  });
}

/** Notable letters of support are shown first, on the page and in the API. */
export async function setSupportNotable(deps: Deps, id: number, by: string, notable: boolean): Promise<SupportLetter> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const s = await waiting(tx, id);
    if ((s.notable === 1) === notable) return s;
    await tx.updateTable('support_letters').set({ notable: notable ? 1 : 0 }).where('id', '=', id).execute();
    await audited(tx, at, by, notable ? 'support.notable' : 'support.not_notable', s);
    return { ...s, notable: notable ? 1 : 0 };
  });
}

/** What a campaigner reads before deciding: the whole letter; of the address, only its domain. */
export type SupportForReview = Omit<SupportLetter, 'email' | 'email_key' | 'confirm_hash' | 'confirm_expires_at'> & { email_domain: string };

const forReview = ({ email, email_key: _k, confirm_hash: _h, confirm_expires_at: _e, ...rest }: SupportLetter): SupportForReview => ({
  ...rest,
  email_domain: email.slice(email.lastIndexOf('@') + 1).toLowerCase(),
});

/** Letters of support confirmed by their authors and waiting for a campaigner; notable first, then oldest. */
export async function supportAwaiting(deps: Pick<Deps, 'db'>): Promise<SupportForReview[]> {
  return (await listInState(deps.db, 'awaiting_approval')).map(forReview);
}

/** Published letters of support, for a campaigner to edit an extract or flag one notable. */
export async function supportPublished(deps: Pick<Deps, 'db'>): Promise<SupportForReview[]> {
  return (await listInState(deps.db, 'published')).map(forReview);
}

export const supportAwaitingCount = (deps: Pick<Deps, 'db'>) => countInState(deps.db, 'awaiting_approval');
