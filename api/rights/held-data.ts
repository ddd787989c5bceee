import type { Deps } from '../deps.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import type { PublicationRequest } from '../publications/publication-request.table.ts';
import { heldMembership } from '../network/member.erasure.ts';
import type { Member } from '../network/member.table.ts';
import type { Signature } from '../signatures/signature.table.ts';
import type { SupportLetter } from '../support/support.table.ts';
import type { Comment } from '../comments/comment.table.ts';

/**
 * Everything stored under one address, as the person's own copy gives it (UK GDPR article 15
 * and 20): every field of every signature and letter of support, with the letter's title in
 * both languages, keys in English so a program can read it. Only what no person typed or chose
 * is left out: row ids, hashes, the search key. The client address is theirs, so it is in.
 */
export type HeldData = ReturnType<typeof heldDocument>;

const letterOf = (deps: Pick<Deps, 'letters'>, slug: string) => {
  const letter = deps.letters.get(slug);
  return { slug, title: letter ? { en: letterText(letter, 'en').title, cy: letterText(letter, 'cy').title } : null };
};

/** What they agreed to and when: the versions of the consent wording and of the privacy notice they were shown (api/privacy). */
const consentOf = (row: Pick<Signature, 'consent_version' | 'notice_version' | 'consented_at'>) =>
  row.consented_at === null ? null : { wordingVersion: row.consent_version, privacyNoticeVersion: row.notice_version, at: row.consented_at };

const signature = (deps: Pick<Deps, 'letters'>, s: Signature) => ({
  letter: letterOf(deps, s.letter),
  state: s.state,
  kind: s.kind,
  name: s.name,
  email: s.email,
  showName: s.show_name === 1,
  organisation: s.organisation,
  organisationType: s.organisation_type,
  website: s.website,
  role: s.role,
  place: s.place,
  country: s.country,
  area: s.area,
  comment: s.comment,
  hasLogo: s.logo !== null,
  updates: { wanted: s.updates === 1, agreedAt: s.updates_consented_at, stoppedAt: s.unsubscribed_at },
  consent: consentOf(s),
  language: s.locale,
  source: s.source,
  createdAt: s.created_at,
  verifiedAt: s.verified_at,
  withdrawnAt: s.withdrawn_at,
  organisationReview: s.authority === null ? null : { state: s.authority, decidedAt: s.authority_at, reason: s.authority_reason },
  setAsideBecause: s.flag,
  clientAddress: s.client_address,
});

const supportLetter = (deps: Pick<Deps, 'letters'>, l: SupportLetter) => ({
  letter: letterOf(deps, l.letter),
  state: l.state,
  authorName: l.author_name,
  role: l.role,
  organisation: l.organisation,
  country: l.country,
  email: l.email,
  body: l.body,
  extract: l.extract,
  publish: l.publish,
  hasPdf: l.pdf !== null,
  language: l.locale,
  createdAt: l.created_at,
  confirmedAt: l.confirmed_at,
  decidedAt: l.decided_at,
  reason: l.reason,
  consent: consentOf(l),
});

/** A request for a publication in an accessible format (api/publications/). */
const publicationRequest = (r: PublicationRequest) => ({
  publication: r.publication,
  name: r.name,
  email: r.email,
  format: r.format,
  details: r.details,
  language: r.locale,
  consent: consentOf(r),
  createdAt: r.created_at,
  doneAt: r.done_at,
});

/** The copy of what `rowsByEmail` found (api/admin/data-request.service.ts), to attach as JSON. */
export function heldDocument(
  deps: Pick<Deps, 'letters'>,
  email: string,
  rows: { signatures: Signature[]; support: SupportLetter[]; comments?: Comment[]; publicationRequests?: PublicationRequest[]; members?: Member[] },
  now: Date,
) {
  return {
    email,
    madeAt: now.toISOString(),
    signatures: rows.signatures.map((s) => signature(deps, s)),
    supportLetters: rows.support.map((l) => supportLetter(deps, l)),
    // Readers' comments on blog posts (api/comments/): the words, as they stand, and where.
    comments: (rows.comments ?? []).map((c) => ({ post: c.post, state: c.state, name: c.author_name, body: c.body, language: c.lang, createdAt: c.created_at, publishedAt: c.published_at, editedAt: c.edited_at, clientAddress: c.client_address })),
    publicationRequests: (rows.publicationRequests ?? []).map(publicationRequest),
    networkMembership: (rows.members ?? []).map(heldMembership),
  };
}
