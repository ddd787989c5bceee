import { formatNumber } from '../../format.ts';
import type { en } from './en.ts';

const rules = new Intl.PluralRules('cy');

/** "6 sylw", "1 sylw", but "25 o sylwadau": a digit takes the singular noun in its small forms. */
function thoughts(count: number): string {
  const form = rules.select(count);
  return form === 'other' ? `${formatNumber(count, 'cy')} o sylwadau` : `${formatNumber(count, 'cy')} sylw`;
}

/** Sylwadau darllenwyr o dan gofnod blog, a'r tudalennau y mae eu dolenni e-bost yn eu hagor, yn Gymraeg. */
export const cy: typeof en = {
  heading: (count: number, title: string) => (count === 0 ? `Dim sylwadau ar “${title}” eto` : `${thoughts(count)} ar “${title}”`),
  none: "Byddwch y cyntaf i roi sylw.",
  closed: "Mae'r sylwadau ar gau.",
  closesOn: (day: string) => `Bydd y sylwadau'n cau ar ${day}.`,
  by: (name: string) => name,
  on: (day: string) => `ar ${day}`,
  waiting: "Dim ond chi sy'n gallu gweld hwn: mae eich sylw'n aros i gael ei gymeradwyo.",
  waitingUnconfirmed: "Dim ond chi sy'n gallu gweld hwn: cadarnhewch eich cyfeiriad e-bost gyda'r ddolen a anfonwyd atoch, ac yna bydd eich sylw'n aros i gael ei gymeradwyo.",
  published: "Mae eich sylw wedi'i gyhoeddi.",
  hidden: "Mae'r sylw hwn wedi'i guddio tra bo tîm yr ymgyrch yn ei adolygu.",
  removed: "Tynnwyd y sylw.",
  reply: (name: string) => `Ateb ${name}`,
  report: 'Rhoi gwybod',
  reportLabel: (name: string) => `Rhoi gwybod am y sylw gan ${name}`,
  replyingTo: (name: string) => `Yn ateb ${name}`,
  cancelReply: 'Ysgrifennu sylw newydd yn lle hynny',
  form: {
    heading: 'Rhoi sylw',
    replyHeading: (name: string) => `Ateb ${name}`,
    intro: "Mae sylwadau'n ymddangos o dan eich enw. Ni chaiff eich cyfeiriad e-bost byth ei ddangos. Y tro cyntaf, byddwn yn anfon dolen atoch i'w gadarnhau, a bydd ymgyrchydd yn darllen eich sylw cyntaf cyn iddo ymddangos.",
    name: { label: 'Eich enw', hint: "Caiff ei ddangos gyda'ch sylw." },
    email: { label: 'Cyfeiriad e-bost', hint: "Ni chaiff byth ei ddangos. Rydym yn ei ddefnyddio i gadarnhau eich sylw ac i anfon dolen atoch i'w olygu." },
    body: { label: 'Sylw', hint: "Testun plaen. Gadewch linell wag rhwng paragraffau. Mae dolenni'n ymddangos fel testun nes i ymgyrchydd gymeradwyo'r sylw." },
    lang: { legend: "Mae eich sylw wedi'i ysgrifennu yn", en: 'Saesneg (English)', cy: 'Cymraeg' },
    consent: {
      legend: 'Eich caniatâd',
      label: "Rwy'n cytuno i gyhoeddi fy enw a'm sylw o dan y cofnod hwn",
      hint: "Gall sylw ar gofnod ymgyrch ddangos beth yw eich barn am wleidyddiaeth. Gallwch ddileu eich sylwadau unrhyw bryd.",
    },
    trap: "Gadewch hwn yn wag",
    submit: 'Anfon sylw',
  },
  sent: {
    unconfirmed: "Diolch. Edrychwch ar eich e-bost: cadarnhewch eich cyfeiriad gyda'r ddolen a anfonwyd, a bydd eich sylw'n aros i gael ei gymeradwyo.",
    held: "Diolch. Mae eich sylw'n aros i gael ei gymeradwyo.",
    published: "Diolch. Mae eich sylw wedi'i gyhoeddi.",
  },
  confirm: {
    title: 'Cadarnhewch eich cyfeiriad e-bost',
    intro: (title: string) => `Cadarnhewch eich cyfeiriad i anfon eich sylw ar “${title}”.`,
    note: "Dim ond unwaith y mae angen gwneud hyn. Os nad chi ysgrifennodd sylw, caewch y dudalen hon ac ni chaiff dim ei gyhoeddi.",
    button: 'Cadarnhau fy nghyfeiriad e-bost',
  },
  edit: {
    title: 'Golygu neu ddileu eich sylw',
    intro: (title: string) => `Eich sylw ar “${title}”.`,
    until: (time: string) => `Gallwch ei newid tan ${time} (amser y DU).`,
    rules: "Bydd sylw wedi'i newid sydd â dolenni neu eiriau ar y rhestr yn aros am ymgyrchydd eto.",
    save: 'Cadw newidiadau',
    deleteHeading: 'Ei ddileu',
    deleteNote: "Caiff eich enw a'ch geiriau eu tynnu. Mae atebion iddo'n aros, o dan “Tynnwyd y sylw”.",
    delete: 'Dileu fy sylw',
    saved: "Mae eich newidiadau wedi'u cadw.",
    deleted: "Mae eich sylw wedi'i ddileu.",
    back: "Yn ôl i'r cofnod",
  },
  invalid: {
    unknown: { title: "Nid yw'r ddolen hon yn ddilys", body: "Gwiriwch eich bod wedi copïo'r ddolen gyfan o'r e-bost." },
    used: { title: "Mae'r ddolen hon wedi cael ei defnyddio eisoes", body: "Mae eich cyfeiriad wedi'i gadarnhau: does dim mwy i'w wneud. Mae eich sylwadau'n ymddangos o dan y cofnod wrth i'r ymgyrch eu cymeradwyo." },
    expired: { title: "Mae'r ddolen hon wedi dod i ben", body: "Mae dolenni cadarnhau'n gweithio am 7 diwrnod, a dolenni golygu sylw am 15 munud. Ysgrifennwch eich sylw eto i gael un newydd." },
    gone: "Ni ellir newid y sylw hwn mwyach.",
    back: "Mynd i'r blog",
  },
  states: { unconfirmed: 'cyfeiriad heb ei gadarnhau', held: 'yn aros am gymeradwyaeth', published: 'wedi’i gyhoeddi', rejected: 'wedi’i wrthod', spam: 'sbam', deleted: 'wedi’i ddileu' },
  people: {
    title: 'Sylwadau ar gofnodion blog',
    none: "Dim sylwadau o dan y cyfeiriad hwn.",
    item: (name: string, post: string, at: string, state: string) => `Fel ${name} ar ${post}, ${at}: ${state}`,
    erase: "Dileu'r sylwadau hyn",
    erased: (n: number) => (n === 1 ? "Dilëwyd 1 sylw." : `Dilëwyd ${formatNumber(n, 'cy')} sylw.`),
  },
  erasePreview: (n: number) => (n === 1 ? 'eich sylw ar gofnod blog' : `eich ${formatNumber(n, 'cy')} sylw ar gofnodion blog`),
  feedLink: 'Dilyn y sylwadau (ffrwd RSS)',
  feedTitle: (title: string) => `Sylwadau ar “${title}”`,
  feedItem: (name: string) => `Sylw gan ${name}`,
};
