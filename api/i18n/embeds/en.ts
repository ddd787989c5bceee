import { formatNumber } from '../format.ts';

/** Every word of the share image, the badge and the oEmbed answer in English; cy.ts has the same keys. */
const n = (count: number) => formatNumber(count, 'en');

export const en = {
  siteName: 'Llofnod',
  kicker: 'Open letter',
  to: (recipient: string) => `To: ${recipient}`,
  signatures: (count: number) => `${n(count)} ${count === 1 ? 'signature' : 'signatures'}`,
  /** The badge's right half, beside the site's name. */
  signed: (count: number) => `${n(count)} signed`,
  badgeTitle: (title: string, count: number) => `${title}: ${n(count)} signed`,
  badgeAlt: (title: string) => `Signatures on the open letter “${title}”`,
  imageAlt: (title: string, count: number) => `“${title}”, an open letter with ${n(count)} ${count === 1 ? 'signature' : 'signatures'}`,
  widgetTitle: (title: string) => `The open letter “${title}”: its count and a link to sign it`,
};

export type EmbedMessages = typeof en;
