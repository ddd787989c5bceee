import { formatDay, formatNumber } from '../../format.ts';
import type { en as english } from './en.ts';

/**
 * Yr hysbysiad preifatrwydd (/cy/privacy) a'r dolenni ato, yn Gymraeg: the same keys as en.ts.
 * A noun after a numeral stays singular ("30 diwrnod", "6 mis").
 */
const n = (count: number) => formatNumber(count, 'cy');

export const cy: typeof english = {
  title: 'Hysbysiad preifatrwydd',
  description: 'Pwy sy’n cadw eich data personol pan fyddwch yn llofnodi llythyr yma, pam, am ba hyd, a’ch hawliau.',
  formLink: 'Sut rydym yn defnyddio eich data personol (hysbysiad preifatrwydd)',
  footerLink: 'Hysbysiad preifatrwydd',
  version: (version: string) => `Fersiwn ${version}, mewn grym o ${formatDay(version, 'cy')} ymlaen.`,
  lead: 'Mae llofnodi llythyr agored yn dweud beth yw eich barn am gwestiwn gwleidyddol. Mae’r hysbysiad hwn yn egluro beth mae’r ymgyrch yn ei gadw amdanoch chi, pam, pwy sy’n ei weld, am ba hyd, a sut i ofyn am gopi ohono neu am ei ddileu.',

  whoHeading: 'Pwy sy’n gyfrifol am eich data',
  controller: (controller: string) => `${controller} sy’n rhedeg yr ymgyrch hon ac yn penderfynu sut y defnyddir eich data personol: nhw yw’r rheolydd data.`,
  noController: 'Nid yw’r bobl sy’n rhedeg y wefan hon wedi enwi eto pwy sy’n gyfrifol am eich data personol (y rheolydd data). Hyd nes y gwnânt, gofynnwch iddynt cyn llofnodi.',
  contactEmail: 'Am unrhyw gwestiwn neu gais am eich data, ysgrifennwch at',
  contactUrl: 'Am unrhyw gwestiwn neu gais am eich data, defnyddiwch',
  contactUrlLabel: 'y dudalen ceisiadau data',
  noContact: 'Nid yw’r bobl sy’n rhedeg y wefan hon wedi rhoi cyswllt eto ar gyfer cwestiynau a cheisiadau am eich data.',

  basisHeading: 'Pam y cawn ei gadw',
  basis: [
    'Mae llofnodi llythyr neu ysgrifennu llythyr cefnogaeth yn dangos eich barn wleidyddol, y mae cyfraith diogelu data’r DU (GDPR y DU) yn ei thrin fel categori arbennig o ddata personol.',
    'Rydym yn ei gadw dim ond am eich bod yn rhoi eich caniatâd penodol, drwy dicio’r blwch ar y ffurflen (Erthygl 9(2)(a) GDPR y DU, gydag Erthygl 6(1)(a)). Mae gofyn am ddiweddariadau yn ganiatâd ar wahân, a roddir drwy ei flwch ei hun.',
    'Gallwch dynnu eich caniatâd yn ôl unrhyw bryd: nid yw hynny’n gwneud yr hyn a wnaethom cyn hynny yn anghyfreithlon.',
  ],

  storedHeading: 'Beth rydym yn ei gadw',
  stored: {
    signatures: 'Pan fyddwch yn llofnodi: eich enw, eich cyfeiriad e-bost, a ydych yn llofnodi drosoch eich hun neu dros sefydliad (ac enw, math, gwefan a logo’r sefydliad), eich rôl, eich lle, eich gwlad a’ch ardal, eich sylw, a gaiff eich enw ei ddangos, eich iaith, pryd y gwnaethoch lofnodi a chadarnhau, a pha fersiwn o eiriad y caniatâd ac o’r hysbysiad hwn a ddangoswyd i chi.',
    support: 'Pan fyddwch yn anfon llythyr cefnogaeth: eich enw, eich rôl, eich sefydliad, eich gwlad a’ch cyfeiriad e-bost, eich llythyr, ei ddyfyniad ac unrhyw PDF, faint ohono rydych yn caniatáu i ni ei gyhoeddi, eich iaith, pryd y gwnaethoch ei anfon a’i gadarnhau, a pha fersiwn o eiriad y caniatâd ac o’r hysbysiad hwn a ddangoswyd i chi.',
    updates: 'Pan fyddwch yn gofyn am ddiweddariadau: eich bod wedi gofyn, pryd, a phryd y gwnaethoch eu hatal.',
    comments: 'Pan fyddwch yn rhoi sylw ar gofnod blog: eich enw, eich cyfeiriad e-bost, eich sylw a’i iaith, pryd y gwnaethoch ei ysgrifennu, ei gadarnhau a’i newid, y cyfeiriad rhyngrwyd y daeth ohono, a pha fersiwn o eiriad y caniatâd ac o’r hysbysiad hwn a ddangoswyd i chi.',
    requests: 'Pan fyddwch yn gofyn am gyhoeddiad mewn fformat hygyrch: eich enw, eich cyfeiriad e-bost, y fformat ac unrhyw beth a ddywedoch wrthym amdano, eich iaith a phryd y gwnaethoch ofyn.',
    network: 'Pan fyddwch yn ymuno â rhwydwaith yr ymarferwyr: eich enw, eich cyfeiriad e-bost, enw, math a gwefan eich sefydliad, eich rôl, eich ardal, eich meysydd ymarfer a’ch proffil, yr hyn y caiff y cyfeiriadur ei ddangos, y fersiwn o egwyddorion y rhwydwaith y cytunoch iddi, pryd y gwnaethoch ymuno a phryd y dywedoch ddiwethaf eich bod yn dal yn weithgar, ac a ydych am gael crynodeb y bwrdd trafod.',
    addresses: 'Y cyfeiriad rhyngrwyd (IP) yr anfonwyd pob llofnod ohono, fel y gall ymgyrchwyr sylwi ar ymosodiad a’i wrthdroi (llawer o lofnodion o un lle). Ni chaiff byth ei ddangos ar dudalen, mewn ffeil i’w lawrlwytho nac yn ein logiau.',
  },

  whoSeesHeading: 'Pwy sy’n ei weld',
  whoSees: [
    'Pawb: dim ond yr hyn a ddewisoch chi. Caiff eich enw ei restru dim ond os dywedoch y caiff ei ddangos (fel arall cewch eich rhestru fel cefnogwr dienw), gyda’ch rôl, eich lle a’ch gwlad, ac enw, math, gwefan a logo sefydliad. O lythyr cefnogaeth, dim ond cymaint ag a ganiatawyd gennych, ar ôl i ymgyrchydd ei ddarllen.',
    'Yr ymgyrchwyr sy’n rhedeg yr ymgyrch hon: popeth a anfonoch, gan gynnwys eich cyfeiriad e-bost, er mwyn gwirio a chyfrif llofnodion, adolygu camddefnydd, ac anfon y diweddariadau y gofynnoch amdanynt.',
    'Sylwadau: eich enw a’ch geiriau, ar ôl eu cyhoeddi, gan bawb; eich cyfeiriad e-bost gan neb ond yr ymgyrchwyr. Cyfeiriadur y rhwydwaith: dim ond y meysydd a ddewisoch eu dangos; mae cydlynwyr y rhwydwaith yn gweld eich cais.',
    'Derbynnydd y llythyr: y rhestr a’r cyfansymiau cyhoeddedig, a phob llythyr cefnogaeth (hyd yn oed y rhai na wnaethoch ganiatáu i ni eu cyhoeddi).',
    'Ni chaiff eich cyfeiriad e-bost byth ei gyhoeddi, ei werthu na’i roi i neb arall.',
  ],

  keptHeading: 'Am ba hyd rydym yn ei gadw',
  unconfirmed: (days: number) => `Caiff llofnod neu lythyr cefnogaeth na chadarnhawyd byth drwy ddolen yr e-bost ei ddileu, gyda’i ddolenni a’i negeseuon, ${n(days)} diwrnod ar ôl ei anfon.`,
  afterClose: (months: number) =>
    `${n(months)} mis ar ôl i lythyr gau, rydym yn dileu cyfeiriadau e-bost, cyfeiriadau rhyngrwyd a dolenni pawb a’i llofnododd. Mae’r enwau y dewisodd pobl eu dangos a phob cyfanswm yn aros, fel cofnod cyhoeddus o’r llythyr. Mae llythyrau cefnogaeth yn cadw’r hyn a gyhoeddwyd.`,
  exceptionsIntro: 'Mae’r llythyrau hyn yn cadw cyfeiriadau eu llofnodwyr am gyfnod gwahanol ar ôl iddynt gau:',
  exception: (months: number) => `${n(months)} mis`,
  comments: (days: number) =>
    `Mae sylw yn aros nes i chi neu ymgyrchydd ei ddileu, neu nes i chi ofyn i ni ddileu eich data; caiff y cyfeiriad rhyngrwyd y daeth ohono ei anghofio ${n(days)} diwrnod ar ôl ei ysgrifennu. Caiff cyfeiriad na chadarnhawyd byth ei ddileu gyda’i sylwadau ar ôl yr un cyfnod â llofnod heb ei gadarnhau.`,
  requests: (days: number) => `Caiff cais am fformat hygyrch ei ddileu ${n(days)} diwrnod ar ôl i ymgyrchydd nodi ei fod wedi’i wneud.`,
  network: (days: number) =>
    `Mae manylion aelodau’r rhwydwaith yn aros tra byddant yn aelodau; mae gadael yn dileu’r proffil a’r cofnod yn y cyfeiriadur ar unwaith. Caiff cais na chadarnhawyd byth ei ddileu fel llofnod heb ei gadarnhau; caiff cais a wrthodwyd ei ddileu ${n(days)} diwrnod ar ôl y penderfyniad.`,
  updatesStop: 'Daw diweddariadau i ben pan fyddwch yn dad-danysgrifio (mae dolen ym mhob diweddariad) neu pan gaiff eich cyfeiriad ei ddileu.',

  rightsHeading: 'Eich hawliau',
  rights: 'Mae gennych hawl i gael copi o’ch data, i’w gywiro neu ei ddileu, i gyfyngu ar ei ddefnydd neu wrthwynebu hynny, i fynd ag ef i rywle arall, ac i dynnu eich caniatâd yn ôl.',
  myData: 'Gofyn am gopi o’r hyn rydym yn ei gadw dan eich cyfeiriad e-bost, neu am ei ddileu',
  rightsLinks: 'Mae dolen ym mhob neges a anfonwn atoch i dynnu eich llofnod yn ôl; mae dolen ym mhob diweddariad i atal diweddariadau.',
  rightsContact: 'Am unrhyw beth arall, neu os na allwch ddefnyddio’r dudalen, cysylltwch â’r bobl sy’n gyfrifol (uchod).',

  complaintHeading: 'Cwynion',
  complaint: 'Os ydych yn anhapus â’r ffordd rydym yn defnyddio eich data, rhowch wybod i ni yn gyntaf. Gallwch hefyd gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO), rheoleiddiwr diogelu data’r DU:',
  complaintLink: 'gwneud cwyn i’r ICO',
};
