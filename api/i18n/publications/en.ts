import type { ContributorRole, PublicationKind } from '../../publications/publication.schema.ts';

const n = (x: number) => new Intl.NumberFormat('en-GB').format(x);

/** Words of a publication shared by its PDF and its page, in English; cy.ts has the same keys. */
export const en = {
  kinds: { report: 'Report', briefing: 'Briefing', pamphlet: 'Pamphlet', response: 'Consultation response' } satisfies Record<PublicationKind, string>,
  roles: { author: 'Author', editor: 'Editor', designer: 'Designer', translator: 'Translator' } satisfies Record<ContributorRole, string>,
  rolesPlural: { author: 'Authors', editor: 'Editors', designer: 'Designers', translator: 'Translators' } satisfies Record<ContributorRole, string>,
  publisher: 'Publisher',
  published: 'Published',
  reportNumber: 'Report number',
  isbn: 'ISBN',
  page: (page: number, pages: number) => `Page ${n(page)} of ${n(pages)}`,
};
export type PublicationWords = typeof en;
