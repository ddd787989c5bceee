import type { Deps } from '../deps.ts';
import { InvalidInputError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { cy } from '../i18n/pack/cy.ts';
import { type PackMessages, en } from '../i18n/pack/en.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { campaignDay } from '../letters/letter.time.ts';
import { mail } from '../mail/templates/layout.ts';
import type { Mailer } from '../mail/transport.ts';
import { recordDelivery } from './delivery.service.ts';
import { packMailSchema } from './delivery.schema.ts';
import { deliveryPackPdf } from './pack.pdf.ts';
import { deliveryPack } from './pack.service.ts';

const catalogues: Record<Locale, PackMessages> = { en, cy };

/**
 * Mails the delivery pack, as a PDF, to the address a campaigner gives, there and then (not
 * through the outbox): the campaigner sees at once whether it went. Once the mail server has
 * taken it, the delivery is recorded with the list as it stood.
 */
export async function mailPack(deps: Deps & { mailer: Mailer; publicOrigin: string }, slug: string, lang: Locale, input: unknown, by: string): Promise<void> {
  const parsed = packMailSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const pack = await deliveryPack(deps, slug, lang);
  const t = catalogues[lang].packMail;
  const pdf = await deliveryPackPdf(pack);
  const body = mail(lang, t.subject(pack.title), [{ p: t.greeting(pack.recipient) }, { p: t.body(pack.title, pack.counts.total) }, { p: t.attached }], deps.publicOrigin);
  await deps.mailer.send({
    to: parsed.data.email,
    ...body,
    attachments: [{ filename: `${slug}-${lang}.pdf`, content: pdf, contentType: 'application/pdf' }],
  });
  await recordDelivery(deps, slug, { delivered_on: campaignDay(deps.clock()), recipient: parsed.data.email, method: 'email', note: undefined }, by);
}
