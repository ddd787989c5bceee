import type { Generated } from 'kysely';
import type { Locale } from '../i18n/locale.ts';

/**
 * A trending alert as mailed to one campaigner (api/abuse/trend-alert.service.ts): the outbox
 * row points here, and the sender writes the mail from it. `findings` is JSON of what crossed
 * the alert threshold, by letter and kind of source, with counts only: never an address.
 */
export interface AbuseAlertTable {
  id: Generated<number>;
  email: string;
  locale: Locale;
  at: string;
  hour_start: string;
  findings: string;
}
