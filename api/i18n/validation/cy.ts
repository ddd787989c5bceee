import { cy as boardCY } from './board/cy.ts';
import type { ValidationMessages } from './en.ts';
import { cy as networkCY } from './network/cy.ts';

/**
 * What a signer is told about an answer that needs correcting, in Welsh: the same keys as
 * en.ts, in the plain style of GOV.UK's Welsh ("Rhowch eich enw"). Digits are never
 * mutated, so `limit` needs no care.
 */
export const cy: ValidationMessages = {
  'name.required': 'Rhowch eich enw',
  'name.notText': "Rhaid i'ch enw fod yn destun",
  'name.tooLong': (limit: string) => `Rhaid i'ch enw fod yn ${limit} nod neu lai`,
  'name.unprintable': "Mae eich enw'n cynnwys nodau na ellir eu dangos",
  'name.email': 'Rhowch eich enw, nid eich cyfeiriad e-bost',
  'name.link': 'Rhowch eich enw heb gyfeiriad gwe',

  'email.required': 'Rhowch eich cyfeiriad e-bost',
  'email.tooLong': (limit: string) => `Rhaid i'r cyfeiriad e-bost fod yn ${limit} nod neu lai`,
  'email.notAscii':
    "Rhowch gyfeiriad e-bost sy'n defnyddio llythrennau, rhifau a symbolau plaen yn unig (nid yw cyfeiriadau â llythrennau acennog yn cael eu cefnogi eto)",
  'email.format': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',

  'signed_on.required': 'Rhowch y dyddiad llofnodi, fel 2026-11-20',
  'signed_on.format': 'Rhowch y dyddiad llofnodi fel blwyddyn-mis-diwrnod, fel 2026-11-20',
  'signed_on.outside': 'Rhaid i’r dyddiad llofnodi fod pan oedd y llythyr ar agor, ac nid yn y dyfodol',
  'import.syntax': 'Nid yw’r ffeil yn CSV dilys: gwiriwch fod pob dyfynnod wedi’i gau',
  'import.header': 'Rhaid i’r llinell gyntaf enwi’r colofnau: name,email,kind,organisation,role,place,country,area,signed_on,show_name',
  'import.empty': 'Does dim llofnodion yn y ffeil ar ôl ei llinell gyntaf',
  'import.columns': 'Nid oes gan y llinell hon gymaint o feysydd â’r llinell gyntaf',
  'import.retained': 'Mae cyfeiriadau e-bost llofnodwyr y llythyr hwn wedi’u dileu, fel y dywed ei gyfnod cadw, felly ni allai dim ddweud a yw llofnod eisoes wedi’i gyfrif: nid yw’n derbyn rhagor o fewnforion',

  'kind.choose': 'Dewiswch unigolyn neu sefydliad',

  'organisation.required': 'Rhowch enw eich sefydliad',
  'organisation.notText': "Rhaid i enw'r sefydliad fod yn destun",
  'organisation.tooLong': (limit: string) => `Rhaid i enw'r sefydliad fod yn ${limit} nod neu lai`,
  'organisation.unprintable': "Mae enw'r sefydliad yn cynnwys nodau na ellir eu dangos",
  'organisation.email': "Caiff enw'r sefydliad ei gyhoeddi, felly peidiwch â chynnwys cyfeiriad e-bost",

  'organisation_type.choose': 'Dewiswch y math o sefydliad',

  'website.required': 'Rhowch wefan eich sefydliad',
  'website.format': "Rhowch gyfeiriad gwefan yn y fformat cywir, fel https://www.enghraifft.cymru",
  'website.tooLong': (limit: string) => `Rhaid i gyfeiriad y wefan fod yn ${limit} nod neu lai`,

  'role.required': 'Rhowch eich teitl neu eich rôl',
  'role.notText': "Rhaid i'r rôl fod yn destun",
  'role.tooLong': (limit: string) => `Rhaid i'r rôl fod yn ${limit} nod neu lai`,
  'role.unprintable': "Mae'r rôl yn cynnwys nodau na ellir eu dangos",
  'role.email': 'Caiff y rôl ei chyhoeddi, felly peidiwch â chynnwys cyfeiriad e-bost',

  'place.notText': "Rhaid i'r dref neu'r ddinas fod yn destun",
  'place.tooLong': (limit: string) => `Rhaid i'r dref neu'r ddinas fod yn ${limit} nod neu lai`,
  'place.unprintable': "Mae'r dref neu'r ddinas yn cynnwys nodau na ellir eu dangos",
  'place.email': "Caiff y dref neu'r ddinas ei chyhoeddi, felly peidiwch â chynnwys cyfeiriad e-bost",

  'country.required': 'Dewiswch eich gwlad',
  'country.unknown': "Dewiswch wlad o'r rhestr",

  'area.unknown': "Dewiswch awdurdod lleol o'r rhestr",

  'comment.notText': "Rhaid i'r sylw fod yn destun",
  'comment.tooLong': (limit: string) => `Rhaid i'r sylw fod yn ${limit} nod neu lai`,
  'comment.unprintable': "Mae'r sylw'n cynnwys nodau na ellir eu dangos",

  'flag.yesNo': "Rhaid i'r ateb fod yn wir neu'n gau (true neu false)",
  'consent.required': "Ticiwch y blwch i gytuno i ni gadw eich llofnod",
  'consent.letterRequired': "Ticiwch y blwch i gytuno i ni gadw eich llythyr",
  'consent_version.unknown': "Mae'r ffurflen hon wedi dyddio: darllenwch eiriad y caniatâd eto, ticiwch y blwch ac anfonwch y ffurflen eto",
  'notice_version.unknown': "Mae'r ffurflen hon yn cyfeirio at hysbysiad preifatrwydd nad yw'r wefan hon yn ei adnabod: darllenwch yr hysbysiad preifatrwydd ac anfonwch y ffurflen eto",

  'logo.tooBig': (limit: string) => `Rhaid i'r logo fod yn ${limit} MB neu lai: dewiswch ffeil lai`,
  'logo.type': "Rhaid i'r logo fod yn ddelwedd PNG, JPEG neu WebP: dewiswch ffeil arall",
  'logo.unreadable': "Nid oedd modd darllen y logo fel delwedd: cadwch ef eto fel PNG, JPEG neu WebP a'i ddewis eto",
  'logo.dimensions': (limit: string) => `Rhaid i'r logo fod yn ${limit} picsel o led ac o uchder neu lai: dewiswch ddelwedd lai`,

  'token.required': "Anfonwch y tocyn o'r ddolen",

  'body.required': 'Rhowch eich llythyr',
  'body.notText': "Rhaid i'ch llythyr fod yn destun",
  'body.tooLong': (limit: string) => `Rhaid i'ch llythyr fod yn ${limit} nod neu lai`,
  'body.unprintable': "Mae eich llythyr yn cynnwys nodau na ellir eu dangos",

  'extract.required': "Rhowch ddyfyniad byr o'ch llythyr",
  'extract.notText': "Rhaid i'r dyfyniad fod yn destun",
  'extract.tooLong': (limit: string) => `Rhaid i'r dyfyniad fod yn ${limit} nod neu lai`,
  'extract.unprintable': "Mae'r dyfyniad yn cynnwys nodau na ellir eu dangos",

  'publish.choose': "Dewiswch faint o'ch llythyr y cawn ei gyhoeddi",

  'pdf.tooLarge': (limit: string) => `Rhaid i'r PDF fod yn ${limit} MB neu lai`,
  'pdf.notPdf': 'Rhaid i’r ffeil fod yn PDF',
  'pdf.unreadable': "Nid oedd modd darllen y PDF. Cadwch ef eto fel PDF a'i ddewis eto",
  'pdf.encrypted': "Mae'r PDF wedi'i ddiogelu gan gyfrinair. Dewiswch gopi heb gyfrinair",
  'pdf.active': "Mae'r PDF yn cynnwys sgriptiau, atodiadau neu ffurflenni. Cadwch ef eto fel PDF plaen (er enghraifft gydag Argraffu i PDF) a'i ddewis eto",

  'day.format': 'Rhowch ddyddiad fel blwyddyn-mis-diwrnod, fel 2026-12-01',
  'recipient.required': "Rhowch pwy a'i derbyniodd",
  'recipient.tooLong': (limit: string) => `Rhaid i hwn fod yn ${limit} nod neu lai`,
  'method.choose': 'Dewiswch sut y cafodd ei anfon',
  'note.tooLong': (limit: string) => `Rhaid i'r nodyn fod yn ${limit} nod neu lai`,
  'sender.required': "Rhowch pwy a atebodd, fel y mae'r ateb wedi'i lofnodi",
  'reply.required': 'Rhowch destun yr ateb',
  'reply.tooLong': (limit: string) => `Rhaid i'r ateb fod yn ${limit} nod neu lai`,
  'reply.lang': "Dewiswch iaith yr ateb",
  'updateTitle.required': 'Rhowch deitl',
  'updateTitle.notText': "Rhaid i'r teitl fod yn destun",
  'updateTitle.tooLong': (limit: string) => `Rhaid i'r teitl fod yn ${limit} nod neu lai`,
  'updateTitle.unprintable': "Mae'r teitl yn cynnwys nodau na ellir eu dangos",
  'updateBody.required': "Rhowch y diweddariad",
  'updateBody.notText': "Rhaid i'r diweddariad fod yn destun",
  'updateBody.tooLong': (limit: string) => `Rhaid i'r diweddariad fod yn ${limit} nod neu lai`,
  'updateBody.unprintable': "Mae'r diweddariad yn cynnwys nodau na ellir eu dangos",

  'reportReason.choose': "Dewiswch pam rydych chi'n rhoi gwybod am y sylw hwn",
  'reportDetails.tooLong': (limit: string) => `Rhaid i'ch geiriau fod yn ${limit} nod neu lai`,
  'reportDetails.unprintable': "Mae eich geiriau'n cynnwys nodau na ellir eu dangos",
  'commentBody.required': 'Rhowch eich sylw',
  'commentBody.notText': "Rhaid i'ch sylw fod yn destun",
  'commentBody.tooLong': (limit: string) => `Rhaid i'ch sylw fod yn ${limit} nod neu lai`,
  'commentBody.unprintable': "Mae eich sylw'n cynnwys nodau na ellir eu dangos",
  'commentLang.choose': "Dewiswch yr iaith y mae eich sylw wedi'i ysgrifennu ynddi",
  'parent.unknown': "Ni chafwyd hyd i'r sylw rydych yn ei ateb. Ysgrifennwch sylw newydd yn lle hynny",
  'parent.tooDeep': "Nid yw atebion yn mynd yn ddyfnach na hyn. Atebwch sylw cynharach yn lle hynny",

  'format.choose': "Dewiswch y fformat sydd ei angen arnoch",
  'details.required': "Dywedwch wrthym pa fformat sydd ei angen arnoch",
  'details.tooLong': (limit: string) => `Rhaid i'r manylion fod yn ${limit} nod neu lai`,
  'details.unprintable': "Mae'r manylion yn cynnwys nodau na ellir eu dangos",
  'consent.requestRequired': "Ticiwch y blwch i gytuno i ni gadw eich cais",
  'profile.notText': "Rhaid i'ch proffil fod yn destun",
  'profile.tooLong': (limit: string) => `Rhaid i'ch proffil fod yn ${limit} nod neu lai`,
  'profile.unprintable': "Mae eich proffil yn cynnwys nodau na ellir eu dangos",

  'input.invalid': 'Gwiriwch yr ateb hwn',
  ...networkCY,
  ...boardCY,
};
