import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { TrendSource } from '../../abuse/trending.service.ts';
import { type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** To a campaigner: sources of the last hour over the alert threshold, counts only, and the way to the report. */
export function trendAlertMail(m: {
  locale: Locale;
  origin: string;
  from: Date;
  to: Date;
  findings: { letterTitle: string; source: TrendSource; n: number }[];
  reportUrl: string;
}): RenderedMail {
  const t = catalogues[m.locale].trendAlert;
  return mail(m.locale, t.subject, [
    { p: t.intro(m.from, m.to) },
    ...m.findings.map((f) => ({ p: t.finding(f.letterTitle, f.source, f.n) })),
    { p: t.advice },
    { button: { label: t.button, href: m.reportUrl } },
    { p: t.once },
  ], m.origin);
}
