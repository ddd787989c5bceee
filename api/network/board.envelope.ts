import type { Db } from '../db/database.ts';
import { cy } from '../i18n/mail/cy.ts';
import { en } from '../i18n/mail/en.ts';
import type { OutboxMail } from '../mail/outbox.table.ts';
import { mail } from '../mail/templates/layout.ts';
import type { Envelope } from '../mail/transport.ts';
import { digestEnvelope } from './board-digest.service.ts';
import { deletedByAuthor } from './board.service.ts';

/** The board's mails for api/mail/render.ts: the digest, and "a coordinator removed your post". */
export function boardEnvelope(db: Db, m: OutboxMail, origin: string): Promise<Envelope | undefined> {
  return m.kind === 'network_digest' ? digestEnvelope(db, m, origin) : removedEnvelope(db, m, origin);
}

/** The post the coordinator removed is the one of this member's whose decision is the mail's own moment (one transaction wrote both). */
async function removedEnvelope(db: Db, m: OutboxMail, origin: string): Promise<Envelope | undefined> {
  if (m.member_id === null) return undefined;
  const member = await db.selectFrom('members').select(['email', 'name', 'locale']).where('id', '=', m.member_id).executeTakeFirst();
  if (!member) return undefined;
  const thread = await db.selectFrom('board_threads').select(['title', 'reason']).where('member_id', '=', m.member_id).where('decided_at', '=', m.created_at).where('state', '=', 'removed').where('decided_by', '!=', deletedByAuthor).executeTakeFirst();
  const reply =
    thread ??
    (await db
      .selectFrom('board_replies as r')
      .innerJoin('board_threads as t', 't.id', 'r.thread_id')
      .select(['t.title', 'r.reason'])
      .where('r.member_id', '=', m.member_id)
      .where('r.decided_at', '=', m.created_at)
      .where('r.state', '=', 'removed')
      .where('r.decided_by', '!=', deletedByAuthor)
      .executeTakeFirst());
  if (!reply) return undefined;
  const c = ({ en, cy })[member.locale];
  const t = c.board.removed;
  return { to: member.email, ...mail(member.locale, t.subject, [{ p: c.greeting(member.name) }, { p: t.body(reply.title) }, { p: t.reason(reply.reason ?? '') }, { p: t.rules }], origin) };
}
