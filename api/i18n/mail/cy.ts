import { formatDay, formatNumber, formatTime } from '../format.ts';
import type { MailMessages } from './en.ts';
import { cy as networkJoinCY } from './network-join/cy.ts';
import { cy as rightsCY } from './rights/cy.ts';
import { cy as commentDecisionsCY } from './comment-decisions/cy.ts';
import { cy as commentsCY } from './comments/cy.ts';
import { cy as membershipCY } from './membership/cy.ts';
import { cy as boardCY } from './board/cy.ts';

/**
 * Every word of the mails to signers, in Welsh: the same keys as en.ts. A noun after a
 * numeral stays singular ("7 diwrnod"), and digits are never mutated.
 */
const when = (at: Date) => `${formatTime(at, 'cy')} ar ${formatDay(at, 'cy')}`;

export const cy: MailMessages = {
  greeting: (name: string) => `Annwyl ${name},`,
  readLetter: 'Darllen y llythyr',
  confirm: {
    subject: (title: string) => `Cadarnhewch eich llofnod: ${title}`,
    thanks: (title: string) =>
      `Diolch am lofnodi'r llythyr agored “${title}”. Bydd eich llofnod yn cyfrif ar ôl i chi gadarnhau mai hwn yw eich cyfeiriad e-bost.`,
    button: 'Cadarnhau fy llofnod',
    expiry: (validDays: number, until: Date) =>
      `Mae'r ddolen yn gweithio am ${formatNumber(validDays, 'cy')} diwrnod, tan ${when(until)} (amser y DU). Os na wnaethoch chi lofnodi'r llythyr hwn, anwybyddwch yr e-bost hwn ac ni fydd dim yn cael ei gyhoeddi.`,
    withdraw: 'Wedi newid eich meddwl? Tynnu eich llofnod yn ôl',
  },
  alreadySigned: {
    subject: (title: string) => `Rydych wedi llofnodi eisoes: ${title}`,
    body: (title: string) =>
      `Mae rhywun, chi mae'n debyg, wedi ceisio llofnodi “${title}” eto gyda'r cyfeiriad e-bost hwn. Mae eich llofnod eisoes wedi'i gadarnhau a'i gyfrif, felly does dim byd arall i'w wneud.`,
    notYou: "Os nad chi oedd hyn, gallwch anwybyddu'r e-bost hwn: does dim byd wedi newid.",
    withdraw: 'Tynnu eich llofnod yn ôl',
  },
  organisationApproved: {
    subject: (organisation: string) => `Mae llofnod ${organisation} bellach yn cael ei ddangos fel un wedi'i ddilysu`,
    body: (organisation: string, title: string) =>
      `Diolch am lofnodi “${title}” ar ran ${organisation}. Mae ymgyrchydd wedi gwirio'r llofnod, ac mae llofnod eich sefydliad bellach yn cael ei ddangos fel un wedi'i ddilysu ar y rhestr o lofnodwyr, ac yn cael ei gyfrif.`,
    withdraw: "Tynnu'r llofnod yn ôl",
  },
  organisationRejected: {
    subject: (organisation: string) => `Nid oedd modd dangos eich llofnod ar ran ${organisation}`,
    body: (organisation: string, title: string) =>
      `Diolch am lofnodi “${title}” ar ran ${organisation}. Mae ymgyrchydd wedi edrych ar y llofnod ac, yn anffodus, ni all ei ddangos fel llofnod eich sefydliad: ni fydd yn ymddangos ar y rhestr o lofnodwyr nac yn cael ei gyfrif.`,
    reason: (reason: string) => `Rheswm yr ymgyrchydd: ${reason}`,
    contact:
      "Os ydych chi'n credu bod camgymeriad, neu os gallwch ddangos bod gennych hawl i lofnodi ar ran y sefydliad (er enghraifft o gyfeiriad e-bost ar ei wefan ei hun), atebwch yr e-bost hwn a bydd ymgyrchydd yn edrych arno eto.",
    withdraw: "Tynnu'r llofnod yn ôl",
  },
  supportConfirm: {
    subject: (title: string) => `Cadarnhewch eich llythyr cefnogaeth: ${title}`,
    thanks: (title: string) =>
      `Diolch am eich llythyr yn cefnogi “${title}”. Cadarnhewch mai hwn yw eich cyfeiriad e-bost; yna bydd ymgyrchydd yn darllen eich llythyr cyn i ddim gael ei gyhoeddi.`,
    button: 'Cadarnhau fy llythyr cefnogaeth',
    expiry: (validDays: number, until: Date) =>
      `Mae'r ddolen yn gweithio am ${formatNumber(validDays, 'cy')} diwrnod, tan ${when(until)} (amser y DU). Os na wnaethoch chi anfon y llythyr hwn, anwybyddwch yr e-bost hwn ac ni fydd dim yn cael ei gyhoeddi na'i anfon ymlaen.`,
  },
  supportPublished: {
    subject: (title: string) => `Mae eich llythyr cefnogaeth wedi'i dderbyn: ${title}`,
    body: (title: string) => `Diolch am eich llythyr yn cefnogi “${title}”. Mae ymgyrchydd wedi'i ddarllen a'i dderbyn.`,
    full: "Fel y caniatawyd gennych, mae eich llythyr wedi'i gyhoeddi'n llawn ar dudalen “Llythyrau cefnogaeth” y llythyr, gyda'i ddyfyniad.",
    extract: "Fel y caniatawyd gennych, dim ond y dyfyniad byr sydd wedi'i gyhoeddi, ar dudalen “Llythyrau cefnogaeth” y llythyr.",
    none: "Fel y gofynnoch, ni chyhoeddir dim ohono: bydd yn mynd at y derbynnydd gyda'r llythyr.",
    read: 'Gweld y llythyrau cefnogaeth',
  },
  supportRejected: {
    subject: (title: string) => `Nid oedd modd derbyn eich llythyr cefnogaeth: ${title}`,
    body: (title: string) =>
      `Diolch am eich llythyr yn cefnogi “${title}”. Mae ymgyrchydd wedi'i ddarllen ac, yn anffodus, ni all ei gyhoeddi na'i anfon ymlaen.`,
    reason: (reason: string) => `Rheswm yr ymgyrchydd: ${reason}`,
    contact: "Os ydych chi'n credu bod hyn yn gamgymeriad, atebwch yr e-bost hwn a bydd ymgyrchydd yn edrych arno eto.",
  },
  adminSignIn: {
    subject: 'Eich dolen i fewngofnodi i Llofnod',
    body: "Mae rhywun wedi gofyn am gael mewngofnodi i weithle'r ymgyrchwyr gyda'r cyfeiriad e-bost hwn. Agorwch y ddolen a phwyso “Mewngofnodi”.",
    button: "Mewngofnodi i'r gweithle",
    expiry: (minutes: number, until: Date) =>
      `Mae'r ddolen yn gweithio unwaith, am ${formatNumber(minutes, 'cy')} munud, tan ${when(until)} (amser y DU).`,
    notYou: "Os na wnaethoch chi ofyn am gael mewngofnodi, anwybyddwch yr e-bost hwn: ni all neb fewngofnodi heb y ddolen hon.",
  },
  update: {
    subject: (letterTitle: string, title: string) => `${title} – ${letterTitle}`,
    intro: (letterTitle: string) => `Diweddariad am y llythyr agored “${letterTitle}”, a lofnodwyd gennych, gan ofyn am gael clywed amdano.`,
    unsubscribe: "Peidio â chael diweddariadau am y llythyr hwn (un clic, ar unwaith)",
    why: "Rydych chi'n cael yr e-bost hwn oherwydd i chi dicio “Anfonwch ddiweddariadau ataf” wrth lofnodi. Ni ddaw rhagor os byddwch yn eu hatal.",
  },
  updateTest: {
    subject: (title: string) => `[Prawf] ${title}`,
    intro: (letterTitle: string) =>
      `Prawf yw hwn o ddiweddariad am “${letterTitle}”, wedi'i anfon atoch chi yn unig. Mae pob llofnodwr yn cael un iaith (ei iaith ei hun), gyda'i ddolen ei hun i ddad-danysgrifio lle mae'r nodyn isod.`,
    english: '— English —',
    welsh: '— Cymraeg —',
    unsubscribeNote: "[Yma mae gan e-bost pob llofnodwr ei ddolen ei hun i atal diweddariadau.]",
  },
  trendAlert: {
    subject: 'Rhybudd: llofnodion yn cyrraedd o un ffynhonnell',
    intro: (from: Date, to: Date) =>
      `Rhwng ${formatTime(from, 'cy')} a ${when(to)} (amser y DU), cyrhaeddodd llofnodion wedi'u cadarnhau yn gyflymach na'r trothwy rhybudd o un ffynhonnell:`,
    finding: (letterTitle: string, source: 'address' | 'network' | 'domain' | 'country', n: number) =>
      `“${letterTitle}”: ${formatNumber(n, 'cy')} o ${{ address: 'un cyfeiriad rhyngrwyd', network: 'un rhwydwaith IPv6 (/64)', domain: 'un parth e-bost', country: 'un wlad' }[source]}.`,
    advice:
      "Gall fod yn ymchwydd go iawn (cylchlythyr, rali) neu'n llif o enwau ffug. Mae'r adroddiad yn dangos y ffynonellau; o dudalen adolygu llythyr gallwch ddileu dilysrwydd set o lofnodion, a'i ddadwneud. Mewn argyfwng, oedwch y llofnodi o dudalen unrhyw lythyr.",
    button: "Agor yr adroddiad tueddiadau",
    once: "Fe gewch chi un o'r rhain bob awr ar y mwyaf, beth bynnag sy'n digwydd.",
  },
  rights: rightsCY,
  privacy: 'Sut rydym yn defnyddio eich data personol (hysbysiad preifatrwydd)',
  commentDecisions: commentDecisionsCY,
  comments: commentsCY,
  membership: membershipCY,
  networkJoin: networkJoinCY,
  board: boardCY,
};
