import type { ValidationMessages } from './en.ts';

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

  'token.required': "Anfonwch y tocyn o'r ddolen",

  'input.invalid': 'Gwiriwch yr ateb hwn',
};
