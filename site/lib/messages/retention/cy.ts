import { formatDay, formatTime } from '../../../../api/i18n/format.ts';
import type { en } from './en.ts';

const when = (at: Date) => `${formatDay(at, 'cy')} am ${formatTime(at, 'cy')}`;

/** The retention sweep as the workspace shows it (api/retention/). */
export const cy: typeof en = {
  title: 'Am ba hyd y cedwir data personol',
  homeHeading: 'Data personol yn ôl amserlen',
  homeLink: 'Y rheolau, a phryd y dileir manylion cyswllt pob llythyr',
  lead: "Mae Llofnod yn dileu data personol yn ôl amserlen, heb i neb orfod gofyn. Mae'r gweinyddion yn gwirio bob awr; un ohonynt sy'n gwneud y gwaith, ac mae'r log archwilio'n cofnodi beth a ddilëwyd (niferoedd yn unig).",
  lastRun: (at: Date) => `Rhedodd ddiwethaf: ${when(at)}.`,
  notYet: "Nid yw wedi rhedeg eto: mae'n rhedeg o fewn munud i weinydd ddechrau.",
  nextRun: (at: Date) => `Bydd yn rhedeg nesaf: ${when(at)}.`,
  nextDue: "Bydd yn rhedeg nesaf: mae'n bryd nawr.",
  removedNothing: "Ni chafodd ddim i'w ddileu.",
  removedCaption: "Yr hyn a ddilëwyd y tro diwethaf",
  removedItems: {
    unconfirmed_signatures: 'Llofnodion na chadarnhawyd erioed',
    unconfirmed_support_letters: 'Llythyrau cefnogaeth na chadarnhawyd erioed',
    signatures_erased: 'Llofnodion y dilëwyd eu manylion cyswllt',
    support_letters_erased: 'Llythyrau cefnogaeth cyhoeddedig y dilëwyd cyfeiriad eu hawdur',
    support_letters_deleted: "Llythyrau cefnogaeth na chyhoeddwyd erioed, wedi'u dileu",
    unconfirmed_members: "Ceisiadau i ymuno â'r rhwydwaith na chadarnhawyd erioed",
    declined_members: "Ceisiadau a wrthodwyd i ymuno â'r rhwydwaith, wedi eu dileu",
    tokens: "Dolenni o negeseuon e-bost (cadarnhau, tynnu'n ôl, dad-danysgrifio)",
    publication_requests: "Ceisiadau am fformat hygyrch, a wnaed fwy na 90 diwrnod yn ôl",
    mails: "Negeseuon e-bost, yn aros neu wedi'u hanfon",
    files: 'Ffeiliau (PDFs a logos)',
    unconfirmed_comments: 'Sylwadau ar gofnodion blog na chadarnhawyd eu cyfeiriad erioed',
    comment_addresses: 'Cyfeiriadau rhwydwaith sylwadau ar gofnodion blog',
  },
  rulesHeading: 'Y rheolau',
  rules: (days: number, months: number, declinedMemberDays: number) => [
    `Caiff llofnod neu lythyr cefnogaeth na chadarnhawyd ei gyfeiriad e-bost erioed ei ddileu ${days} diwrnod ar ôl ei wneud, gyda'i ddolenni a'i negeseuon e-bost.`,
    `${months} mis ar ôl i lythyr gau (caiff llythyr osod ei gyfnod ei hun), caiff pob cyfeiriad e-bost, cyfeiriad rhwydwaith a dolen sy'n perthyn i'w lofnodion eu dileu, a hefyd pob enw na ddewisodd llofnodwr ei gyhoeddi, pob sylw, a phopeth personol am lofnodion a dynnwyd yn ôl neu a roddwyd o'r neilltu. Mae'r enwau cyhoeddedig a phob cyfrif yn aros, a'r rhestr gyhoeddus hefyd, ei ffeiliau i'w lawrlwytho a'i chipluniau.`,
    "Mae llythyrau cefnogaeth yn cadw'r hyn a gyhoeddwyd; caiff cyfeiriadau e-bost eu hawduron eu dileu, a chaiff llythyrau cefnogaeth na chyhoeddwyd erioed eu dileu.",
    `Caiff cais i ymuno â'r rhwydwaith na chadarnhawyd ei gyfeiriad e-bost ei ddileu ${days} diwrnod ar ôl ei wneud; caiff cais a wrthodwyd ei ddileu ${declinedMemberDays} diwrnod ar ôl y penderfyniad.`,
  ],
  lettersHeading: 'Pob llythyr',
  lettersCaption: 'Pryd y dileir manylion cyswllt pob llythyr',
  columns: { letter: 'Llythyr', kept: 'Cedwir am', closed: 'Daeth y llofnodi i ben', goes: 'Dileir y manylion cyswllt ar' },
  months: (months: number) => `${months} mis ar ôl iddo gau`,
  notClosed: 'Heb gau eto',
  day: (at: Date) => formatDay(at, 'cy'),
  auditActions: { 'retention.swept': "Dileu data personol yn ôl yr amserlen" },
};
