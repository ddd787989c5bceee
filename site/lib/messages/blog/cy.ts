import { formatNumber } from '../../format.ts';
import type { en as english } from './en.ts';

/** Y blog o gwmpas ei bostiadau, yn Gymraeg: the same keys as en.ts. A noun after a numeral stays singular ("3 postiad"). */
export const cy: typeof english = {
  // "Am" would mutate the name that follows ("am Dîm yr ymgyrch"): a colon keeps every name as it is written.
  aboutAuthor: (name: string) => `Am yr awdur: ${name}`,
  categories: 'Categorïau',
  tags: 'Tagiau',
  filedIn: 'Yn',
  alsoIn: (categories: number) => (categories === 1 ? 'Hefyd yn y categori hwn' : 'Hefyd yn y categorïau hyn'),
  shareHeading: 'Rhannwch y postiad hwn',
  shareText: (title: string) => `Gwerth ei ddarllen: “${title}”`,
  linkLabel: "Dolen i'r postiad hwn",
  allCategories: 'Pori fesul categori',
  category: {
    eyebrow: 'Categori',
    description: (name: string) => `Postiadau blog yn y categori “${name}”, y diweddaraf yn gyntaf.`,
    feedLink: 'Dilyn y categori hwn (ffrwd RSS)',
    feedTitle: (name: string) => `Blog Llofnod: ${name}`,
  },
  tag: {
    eyebrow: 'Tag',
    description: (name: string) => `Postiadau blog gyda'r tag “${name}”, y diweddaraf yn gyntaf.`,
    feedLink: 'Dilyn y tag hwn (ffrwd RSS)',
    feedTitle: (name: string) => `Blog Llofnod, gyda'r tag: ${name}`,
  },
  count: (count: number) => `${formatNumber(count, 'cy')} postiad`,
  none: "Does dim wedi'i bostio yma eto.",
  allPosts: 'Pob postiad blog',
};
