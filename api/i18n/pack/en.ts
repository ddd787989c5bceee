import { formatNumber } from '../format.ts';

/**
 * Every word of the delivery pack (the printable page and the PDF) in English; cy.ts has the
 * same keys. The organisation types' names live here too, so the pages and the pack say the same.
 */
const n = (count: number) => formatNumber(count, 'en');

export const en = {
  organisationTypes: {
    public_body: 'Public body',
    nhs: 'NHS body',
    local_authority: 'Local authority',
    third_sector: 'Third sector',
    academic: 'Academic',
    professional_body: 'Professional body',
    political_party: 'Political party',
    business: 'Business',
    network: 'Network',
    other: 'Other',
    untyped: 'Other organisations',
  },
  pack: {
    kicker: 'Open letter',
    to: (recipient: string) => `To: ${recipient}`,
    asOf: (when: string) => `The list as it stood at ${when}`,
    asksHeading: 'What we ask',
    letterHeading: 'The letter',
    signaturesHeading: 'Signatures',
    signatures: (total: number, organisations: number, individuals: number) =>
      `${n(total)} confirmed ${total === 1 ? 'signature' : 'signatures'}: ${n(organisations)} ${organisations === 1 ? 'organisation' : 'organisations'} and ${n(individuals)} ${individuals === 1 ? 'individual' : 'individuals'}. Each signer confirmed their email address.`,
    organisationsHeading: 'Organisations that signed',
    notable: 'Notable',
    verified: 'verified organisation',
    individualsHeading: 'Individuals who signed and chose to show their name',
    anonymous: (count: number) =>
      count === 0 ? '' : `A further ${n(count)} ${count === 1 ? 'individual' : 'individuals'} signed without showing their name.`,
    supportHeading: 'Letters of support',
    supportFor: (role: string) => role,
    recipientOnly: 'Sent for the recipient only: not published.',
    extractOnly: 'An extract: its author chose to publish only this part.',
    none: 'None yet.',
    page: (page: number, pages: number) => `Page ${n(page)} of ${n(pages)}`,
  },
  packMail: {
    subject: (title: string) => `Open letter: ${title}`,
    greeting: (recipient: string) => `To ${recipient},`,
    body: (title: string, total: number) =>
      `Please find attached the open letter “${title}”, with its ${n(total)} confirmed ${total === 1 ? 'signature' : 'signatures'}, the organisations and people who signed, and the letters of support sent with it.`,
    attached: 'The letter and everything with it are in the attached PDF.',
  },
};

export type PackMessages = typeof en;
