import type { Locale } from '../i18n/locale.ts';
import { type LetterCatalogue, letterText } from '../letters/letter.catalogue.ts';
import { commentAddressDays, declinedMemberDays, defaultMonthsAfterClose, requestDaysKept, unconfirmedDays } from '../retention/retention.policy.ts';
import { currentNoticeVersion } from './privacy.versions.ts';

/** Where a person sends a data request: a mailbox, or a page with a form. */
export type PrivacyContact = { email: string } | { url: string };

/** What the operator names in PRIVACY_CONTROLLER and PRIVACY_CONTACT (api/config.ts); unset is undefined, never a stand-in. */
export type PrivacySettings = { controller: string | undefined; contact: PrivacyContact | undefined };

/** A letter that keeps its signers' addresses for a period of its own (`retention_months`). */
export type RetentionException = { slug: string; title: string; months: number };

/** Everything the privacy notice states that is not fixed wording, in the reader's language. */
export type PrivacyNotice = PrivacySettings & {
  version: string;
  unconfirmedDays: number;
  monthsAfterClose: number;
  exceptions: RetentionException[];
  commentAddressDays: number;
  requestDaysKept: number;
  declinedMemberDays: number;
};

/**
 * The notice's facts from the configuration and the same retention numbers the sweep applies,
 * so the page can never promise a period the system does not keep.
 */
export function privacyNotice(settings: PrivacySettings, letters: LetterCatalogue, locale: Locale): PrivacyNotice {
  const exceptions = letters
    .list()
    .filter((l) => l.retention_months !== undefined && l.retention_months !== defaultMonthsAfterClose)
    .map((l) => ({ slug: l.slug, title: letterText(l, locale).title, months: l.retention_months! }));
  return { ...settings, version: currentNoticeVersion, unconfirmedDays, monthsAfterClose: defaultMonthsAfterClose, exceptions, commentAddressDays, requestDaysKept, declinedMemberDays };
}

/** Said at start: a notice that names no one is legal only as a draft, and the operator must know. */
export function privacyWarnings(settings: PrivacySettings): string[] {
  const warnings: string[] = [];
  if (!settings.controller) warnings.push('PRIVACY_CONTROLLER is not set: the privacy notice (/privacy) says no one has been named as responsible for personal data');
  if (!settings.contact) warnings.push('PRIVACY_CONTACT is not set: the privacy notice (/privacy) says there is no contact for data requests');
  return warnings;
}
