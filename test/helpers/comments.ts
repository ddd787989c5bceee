import { confirmCommenter } from '../../api/comments/comment.service.ts';
import { currentConsentVersion, currentNoticeVersion } from '../../api/privacy/privacy.versions.ts';
import { lastMailTo, type TestApp } from './signatures.ts';
import { tokenIn } from './smtp.ts';

export const post = 'why-we-are-writing-again';

/** A valid comment body; override any field. */
export function aComment(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Siân Jones',
    email: 'sian@example.org',
    body: 'Diolch am hyn.\n\nDaliwch ati!',
    lang: 'cy',
    consent: true,
    consent_version: currentConsentVersion,
    notice_version: currentNoticeVersion,
    ...overrides,
  };
}

/** Comments through the API; answers the status and the JSON body. */
export async function comment(app: TestApp, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}, slug = post) {
  const res = await app.post(`/api/posts/${slug}/comments`, aComment(overrides), headers);
  return { status: res.status, body: (await res.json()) as { status: string; id: number; error?: { code: string; fields?: Record<string, string> } }, res };
}

export const commentRow = (app: TestApp, id: number) => app.db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
export const commentCount = async (app: TestApp) => (await app.db.selectFrom('comments').select('id').execute()).length;

/** What a campaigner's approval leaves behind (the moderation workspace does this): the comment published, its author trusted. */
export async function approve(app: TestApp, id: number) {
  const now = app.clock().toISOString();
  const row = await commentRow(app, id);
  await app.db.updateTable('comments').set({ state: 'published', published_at: now, decided_at: now, decided_by: 'gwen@ymgyrch.cymru' }).where('id', '=', id).execute();
  await app.db.updateTable('commenters').set({ trusted_at: now }).where('id', '=', row.commenter_id).where('trusted_at', 'is', null).execute();
}

/** A reader whose address is confirmed and whose first comment a campaigner approved: later comments appear at once. */
export async function trustedReader(app: TestApp, email = 'sian@example.org', name = 'Siân Jones') {
  const first = await comment(app, { email, name });
  await confirmCommenter(app.deps, tokenIn(await lastMailTo(app, email), 'comments/confirm'));
  await approve(app, first.body.id);
  return first.body.id;
}
