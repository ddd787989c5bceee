import type { PublicationWords } from './en.ts';

const n = (x: number) => new Intl.NumberFormat('cy').format(x);

/** Geiriau cyhoeddiad a rennir gan ei PDF a'i dudalen, yn Gymraeg. */
export const cy: PublicationWords = {
  kinds: { report: 'Adroddiad', briefing: 'Papur briffio', pamphlet: 'Pamffled', response: 'Ymateb i ymgynghoriad' },
  roles: { author: 'Awdur', editor: 'Golygydd', designer: 'Dylunydd', translator: 'Cyfieithydd' },
  rolesPlural: { author: 'Awduron', editor: 'Golygyddion', designer: 'Dylunwyr', translator: 'Cyfieithwyr' },
  publisher: 'Cyhoeddwr',
  published: 'Cyhoeddwyd',
  reportNumber: 'Rhif yr adroddiad',
  isbn: 'ISBN',
  page: (page: number, pages: number) => `Tudalen ${n(page)} o ${n(pages)}`,
};
