import type { Db } from '../db/database.ts';
import type { OutboxMail } from '../mail/outbox.table.ts';
import type { Envelope } from '../mail/transport.ts';
import { memberSignInEnvelope } from './member-sign-in.service.ts';
import { reconfirmEnvelope } from './reconfirm.service.ts';

/** The member's own mails (sign-in link, yearly question), for api/mail/render.ts. */
export function memberEnvelope(db: Db, mail: OutboxMail, publicOrigin: string, now: Date): Promise<Envelope | undefined> {
  return mail.kind === 'member_sign_in' ? memberSignInEnvelope(db, mail, publicOrigin, now) : reconfirmEnvelope(db, mail, publicOrigin, now);
}
