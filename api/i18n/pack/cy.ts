import { formatNumber } from '../format.ts';
import type { PackMessages } from './en.ts';

/** Every word of the delivery pack in Welsh: the same keys as en.ts. */
const n = (count: number) => formatNumber(count, 'cy');

export const cy: PackMessages = {
  organisationTypes: {
    public_body: 'Corff cyhoeddus',
    nhs: 'Corff GIG',
    local_authority: 'Awdurdod lleol',
    third_sector: 'Trydydd sector',
    academic: 'Academaidd',
    professional_body: 'Corff proffesiynol',
    political_party: 'Plaid wleidyddol',
    business: 'Busnes',
    network: 'Rhwydwaith',
    other: 'Arall',
    untyped: 'Sefydliadau eraill',
  },
  pack: {
    kicker: 'Llythyr agored',
    to: (recipient: string) => `At: ${recipient}`,
    asOf: (when: string) => `Y rhestr fel yr oedd am ${when}`,
    asksHeading: 'Yr hyn a ofynnwn',
    letterHeading: 'Y llythyr',
    signaturesHeading: 'Llofnodion',
    signatures: (total: number, organisations: number, individuals: number) =>
      `${n(total)} llofnod wedi'u cadarnhau: ${n(organisations)} sefydliad a ${n(individuals)} unigolyn. Cadarnhaodd pob llofnodwr ei gyfeiriad e-bost.`,
    organisationsHeading: "Sefydliadau a lofnododd",
    notable: 'Nodedig',
    verified: "sefydliad wedi'i ddilysu",
    individualsHeading: "Unigolion a lofnododd ac a ddewisodd ddangos eu henw",
    anonymous: (count: number) => (count === 0 ? '' : `Llofnododd ${n(count)} unigolyn arall heb ddangos eu henw.`),
    supportHeading: 'Llythyrau cefnogaeth',
    supportFor: (role: string) => role,
    recipientOnly: "Wedi'i anfon ar gyfer y derbynnydd yn unig: heb ei gyhoeddi.",
    extractOnly: 'Dyfyniad: dewisodd yr awdur gyhoeddi’r rhan hon yn unig.',
    none: 'Dim eto.',
    page: (page: number, pages: number) => `Tudalen ${n(page)} o ${n(pages)}`,
  },
  packMail: {
    subject: (title: string) => `Llythyr agored: ${title}`,
    greeting: (recipient: string) => `At ${recipient},`,
    body: (title: string, total: number) =>
      `Amgaeir y llythyr agored “${title}”, gyda'i ${n(total)} llofnod wedi'u cadarnhau, y sefydliadau a'r bobl a'i llofnododd, a'r llythyrau cefnogaeth a anfonwyd gydag ef.`,
    attached: "Mae'r llythyr a phopeth gydag ef yn y PDF amgaeedig.",
  },
};
