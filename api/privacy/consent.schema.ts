import { z } from 'zod';
import { blankToUndefined, key } from '../forms/fields.ts';
import { consentVersions, currentConsentVersion, currentNoticeVersion, noticeVersions } from './privacy.versions.ts';

/**
 * The versions of the words a person was shown, as their form's hidden fields send them. Absent
 * (an API caller): the current ones, which the caller is expected to have shown. A version this
 * site never had is refused rather than guessed: what a person agreed to is not ours to assume.
 * No Node imports.
 */
const version = (known: readonly string[], current: string, message: 'consent_version.unknown' | 'notice_version.unknown') =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: key(message) })
      .refine((v) => known.includes(v), key(message))
      .optional()
      .transform((v) => v ?? current)
      .meta({ description: `One of ${known.map((v) => `\`${v}\``).join(', ')}; the current one (\`${current}\`) when absent.` }),
  );

export const consentFields = {
  consent_version: version(consentVersions, currentConsentVersion, 'consent_version.unknown'),
  notice_version: version(noticeVersions, currentNoticeVersion, 'notice_version.unknown'),
};

/** What a row keeps of the consent given with it: the versions shown and when it was given. */
export type ConsentRecord = { consent_version: string; notice_version: string; consented_at: string };

export const consentRecord = (input: { consent_version: string; notice_version: string }, now: Date): ConsentRecord => ({
  consent_version: input.consent_version,
  notice_version: input.notice_version,
  consented_at: now.toISOString(),
});
