import { formatNumber } from '../format.ts';
import type { EmbedMessages } from './en.ts';

/** Every word of the share image, the badge and the oEmbed answer in Welsh: the same keys as en.ts. */
const n = (count: number) => formatNumber(count, 'cy');

export const cy: EmbedMessages = {
  siteName: 'Llofnod',
  kicker: 'Llythyr agored',
  to: (recipient: string) => `At: ${recipient}`,
  signatures: (count: number) => `${n(count)} llofnod`,
  signed: (count: number) => `${n(count)} wedi llofnodi`,
  badgeTitle: (title: string, count: number) => `${title}: ${n(count)} wedi llofnodi`,
  badgeAlt: (title: string) => `Llofnodion ar y llythyr agored “${title}”`,
  imageAlt: (title: string, count: number) => `“${title}”, llythyr agored gyda ${n(count)} llofnod`,
  widgetTitle: (title: string) => `Y llythyr agored “${title}”: ei gyfrif a dolen i’w lofnodi`,
};
