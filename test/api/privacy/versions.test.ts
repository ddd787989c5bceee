import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consentVersions, currentConsentVersion, currentNoticeVersion, noticeVersions } from '../../../api/privacy/privacy.versions.ts';
import { cy } from '../../../site/lib/messages/cy.ts';
import { en } from '../../../site/lib/messages/en.ts';

/**
 * A person's record says which words they were shown by a version alone, so the words of a
 * version must never change under it. These fingerprints are of the words as they stand at the
 * current versions: when this fails, the words changed. Add a version at the end of the list in
 * api/privacy/privacy.versions.ts (never edit an old one) and put the new fingerprint here.
 */
const fingerprints = {
  consent: { version: '2026-12-06', words: '3d9745aba39f1f32' },
  notice: { version: '2026-12-07', words: 'd03b67e91486c17b' },
};

/** The words, functions by their source (a sentence with a number in it is a function). */
const fingerprintOf = (words: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(words, (_, v: unknown) => (typeof v === 'function' ? v.toString() : v)))
    .digest('hex')
    .slice(0, 16);

const consentWords = [en, cy].map((m) => ({ sign: m.form.consent, updates: m.form.updates, support: m.support.form.consent }));
const noticeWords = [en.privacy, cy.privacy];

describe('the versions of the words people agree to', () => {
  it('keeps the consent wording the current version was given for', () => {
    expect(currentConsentVersion).toBe(fingerprints.consent.version);
    expect(fingerprintOf(consentWords), 'the consent wording changed: add a consent version').toBe(fingerprints.consent.words);
  });

  it('keeps the privacy notice the current version was given for', () => {
    expect(currentNoticeVersion).toBe(fingerprints.notice.version);
    expect(fingerprintOf(noticeWords), 'the privacy notice changed: add a notice version').toBe(fingerprints.notice.words);
  });

  it('names each version once, as a day, oldest first', () => {
    for (const list of [consentVersions, noticeVersions]) {
      expect(new Set(list).size).toBe(list.length);
      expect(list.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)))).toBe(true);
      expect([...list].sort()).toEqual([...list]);
    }
  });
});
