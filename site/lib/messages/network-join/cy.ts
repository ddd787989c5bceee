import { formatNumber } from '../../format.ts';
import type { en } from './en.ts';

/** The network's own pages and the coordinators' workspace page, in Welsh: the same keys as en.ts. */
const n = (count: number) => formatNumber(count, 'cy');

export const cy: typeof en = {
  page: {
    title: 'Rhwydwaith Cydgynhyrchu Cymru',
    description: "Rhwydwaith annibynnol, dan arweiniad ei aelodau, o'r bobl a'r sefydliadau sy'n ymarfer cydgynhyrchu yng Nghymru. Ymunwch ag ef a dewch o hyd i'ch gilydd.",
    countsHeading: "Pwy sy'n perthyn",
    counts: (organisations: number, individuals: number) =>
      `Mae ${n(organisations)} o sefydliadau a ${n(individuals)} o unigolion yn perthyn i'r rhwydwaith.`,
    directory: "Pori drwy gyfeiriadur yr aelodau",
    join: "Ymuno â'r rhwydwaith",
  },
  join: {
    title: 'Ymuno â Rhwydwaith Cydgynhyrchu Cymru',
    lead: "Dywedwch wrthym amdanoch chi neu eich sefydliad. Byddwch yn cadarnhau eich cyfeiriad e-bost, ac yna bydd un o gydlynwyr y rhwydwaith yn darllen eich cais.",
    prefilled: "Rydym wedi llenwi'r hyn a deipiwyd gennych wrth lofnodi'r llythyr. Gwiriwch ef ac ychwanegwch y gweddill: ni chaiff dim ei anfon nes i chi bwyso'r botwm.",
    name: { label: 'Eich enw' },
    email: { label: 'Cyfeiriad e-bost', hint: "Rydym yn anfon dolen i'w gadarnhau. Dim ond cydlynwyr y rhwydwaith fydd byth yn ei weld." },
    kind: { legend: 'Ydych chi’n ymuno fel unigolyn neu ar ran sefydliad?', individual: 'Fel unigolyn', organisation: 'Ar ran sefydliad' },
    organisation: { label: "Enw'r sefydliad" },
    organisationType: { label: 'Math o sefydliad', none: 'Dewiswch fath' },
    website: { label: "Gwefan y sefydliad", hint: "Os yw eich cyfeiriad e-bost ar yr un parth, rydym yn gwybod eich bod yn siarad ar ei ran; fel arall bydd cydlynydd yn gwirio." },
    role: { label: 'Eich rôl (dewisol)', hint: 'Er enghraifft: gweithiwr datblygu cymunedol, comisiynydd, ymchwilydd.' },
    area: { label: 'Ble rydych yn gweithio', hint: "Un o 22 ardal awdurdod lleol Cymru, neu y tu hwnt i Gymru.", none: 'Dewiswch ardal', beyond: 'Y tu hwnt i Gymru' },
    practices: { legend: 'Eich meysydd ymarfer', hint: "Ticiwch gynifer ag sy'n berthnasol." },
    profile: { label: 'Amdanoch chi (dewisol)', hint: "Beth rydych yn ei wneud, a'r hyn yr hoffech ei rannu neu ei ddysgu." },
    principles: { legend: 'Egwyddorion y rhwydwaith', intro: "Mae'r aelodau'n cytuno â'r egwyddorion hyn:", label: "Rwy'n cytuno ag egwyddorion y rhwydwaith" },
    consent: {
      legend: 'Eich data personol',
      label: "Rwy'n cytuno i'r rhwydwaith gadw'r hyn a ddywedais wrtho, er mwyn rhedeg fy aelodaeth a'r cyfeiriadur",
      hint: "Gallwch adael y rhwydwaith, neu ofyn i ni ddileu eich data, unrhyw bryd.",
    },
    shown: {
      legend: "Beth y caiff y cyfeiriadur ei ddangos",
      hint: "Ni ddangosir dim amdanoch oni bai eich bod yn ei dicio. Ni ddangosir eich cyfeiriad e-bost byth.",
      fields: {
        name: 'Fy enw',
        organisation: 'Fy sefydliad',
        role: 'Fy rôl',
        area: 'Ble rwy’n gweithio',
        practice: 'Fy meysydd ymarfer',
        profile: 'Amdanaf i',
        website: 'Gwefan y sefydliad',
      },
    },
    trap: "Gadewch y blwch hwn yn wag",
    submit: 'Anfon fy nghais',
  },
  sent: {
    title: 'Gwiriwch eich e-bost',
    body: "Rydym wedi anfon dolen i'r cyfeiriad a roesoch, oni bai ei fod eisoes yn perthyn i'r rhwydwaith. Agorwch y ddolen i gadarnhau eich cais; yna bydd cydlynydd yn ei ddarllen.",
    back: "Yn ôl i'r rhwydwaith",
  },
  confirm: {
    title: 'Cadarnhewch eich cais',
    intro: "Pwyswch y botwm i gadarnhau mai chi biau'r cyfeiriad e-bost hwn. Yna bydd un o gydlynwyr y rhwydwaith yn darllen eich cais.",
    button: 'Cadarnhau fy nghais',
    ignore: "Os na wnaethoch gais i ymuno â'r rhwydwaith, caewch y dudalen hon: ni fydd dim yn digwydd.",
  },
  confirmed: {
    title: 'Diolch: mae eich cais wedi ei gadarnhau',
    body: "Bydd un o gydlynwyr y rhwydwaith yn ei ddarllen, a byddwn yn anfon e-bost atoch gyda'u penderfyniad.",
  },
  invalid: {
    unknown: { title: "Nid yw'r ddolen hon yn ddilys", body: "Gwiriwch eich bod wedi copïo'r ddolen gyfan o'r e-bost." },
    used: { title: "Mae'r ddolen hon wedi cael ei defnyddio eisoes", body: "Os ydych wedi cadarnhau eisoes, mae eich cais yn aros am gydlynydd, ac nid oes angen gwneud dim mwy." },
    expired: { title: "Mae'r ddolen hon wedi dod i ben", body: "Mae dolenni cadarnhau'n gweithio am 7 diwrnod. Gallwch wneud cais eto." },
    again: 'Gwneud cais i ymuno eto',
  },
  offer: {
    heading: 'Ymunwch â Rhwydwaith Cydgynhyrchu Cymru',
    body: "Mae'r llythyr yn galw am rwydwaith annibynnol, dan arweiniad ei aelodau, ar gyfer cydgynhyrchu yng Nghymru. Gallwch ymuno ag ef nawr: rydym yn llenwi'r ffurflen â'r hyn a deipiwyd gennych yma, ac ni fydd dim yn digwydd nes i chi ei hanfon a'i chadarnhau.",
    link: "Ymuno â'r rhwydwaith",
  },
  admin: {
    bar: 'Rhwydwaith',
    title: "Ceisiadau i ymuno â'r rhwydwaith",
    lead: "Mae gan bob cais isod gyfeiriad e-bost wedi ei gadarnhau. Cymeradwywch ef, neu gwrthodwch ef gyda rheswm: caiff yr ymgeisydd wybod y naill ffordd neu'r llall, yn ei iaith ei hun.",
    none: 'Nid oes unrhyw geisiadau yn aros.',
    waiting: (count: number) => (count === 1 ? 'Mae 1 cais yn aros.' : `Mae ${n(count)} o geisiadau yn aros.`),
    fields: {
      email: 'Cyfeiriad e-bost',
      kind: 'Yn ymuno',
      organisation: 'Sefydliad',
      organisationType: 'Math',
      website: 'Gwefan',
      authority: "Yn siarad ar ran y sefydliad",
      role: 'Rôl',
      area: 'Ble maen nhw’n gweithio',
      practices: 'Meysydd ymarfer',
      profile: 'Amdanyn nhw',
      shown: "Caiff y cyfeiriadur ddangos",
      principles: "Egwyddorion y cytunwyd iddynt",
      language: 'Iaith',
      confirmed: 'Cadarnhawyd',
    },
    kinds: { individual: 'Fel unigolyn', organisation: 'Ar ran sefydliad' },
    languages: { en: 'Saesneg', cy: 'Cymraeg' },
    authority: {
      domain_match: "Ydy: mae'r cyfeiriad e-bost ar barth y wefan",
      approved: "Ydy: llofnododd y cyfeiriad hwn lythyr ar ei ran a chafodd ei wirio",
      awaiting_approval: "Heb ei brofi: gwiriwch cyn cymeradwyo",
      rejected: 'Nac ydy',
    },
    nothing: 'Dim',
    approve: 'Cymeradwyo',
    reject: { label: 'Rheswm dros wrthod', hint: "Angenrheidiol: caiff yr ymgeisydd wybod amdano drwy e-bost, ac fe'i cedwir yn y log archwilio.", button: 'Gwrthod' },
    doneTitle: 'Wedi ei wneud',
    done: {
      approved: "Cymeradwywyd y cais; mae'r aelod newydd wedi cael gwybod drwy e-bost.",
      declined: "Gwrthodwyd y cais; mae'r ymgeisydd wedi cael gwybod pam.",
      gone: "Mae rhywun arall eisoes wedi penderfynu ar y cais hwn.",
    },
  },
  forbidden: {
    title: 'Nid ar gyfer cydlynwyr y rhwydwaith',
    body: "Fel un o gydlynwyr y rhwydwaith, dim ond rhan y rhwydwaith o'r gweithle y cewch ei defnyddio. Mae'r dudalen hon yn ymwneud â llythyrau'r ymgyrch.",
    link: "Ewch i'r ceisiadau i ymuno â'r rhwydwaith",
  },
};
