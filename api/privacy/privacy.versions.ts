/**
 * Which words a person was shown: every signature, letter of support and update opt-in records
 * the version of the consent wording and of the privacy notice, from the form they filled in
 * (its hidden fields), so what they agreed to can be shown later even after the words change.
 *
 * A version is the day its words took effect. When the words change, add a new version at the
 * end; never remove one, or a form shown before a deploy and sent after it would be refused.
 *
 * - consent wording: `form.consent`, `form.updates` and `support.form.consent` in
 *   site/lib/messages/{en,cy}.ts (test/api/privacy/versions.test.ts fails when they change
 *   without a new version);
 * - the privacy notice: site/lib/messages/privacy/{en,cy}.ts (the same test watches them).
 *
 * No Node imports: the forms' schemas use these.
 */
export const consentVersions = ['2026-12-06'] as const;
export const noticeVersions = ['2026-12-06', '2026-12-07'] as const;

export const currentConsentVersion: string = consentVersions[consentVersions.length - 1]!;
export const currentNoticeVersion: string = noticeVersions[noticeVersions.length - 1]!;
