import type { en } from './en.ts';

/** The join form's own answers, in Welsh: the same keys as en.ts. */
export const cy: typeof en = {
  'network.area.choose': 'Dewiswch yr ardal lle rydych yn gweithio, neu “Y tu hwnt i Gymru”',
  'network.practices.unknown': "Dewiswch feysydd ymarfer o'r rhestr",
  'network.profile.notText': "Rhaid i'ch proffil fod yn destun",
  'network.profile.tooLong': (limit: string) => `Rhaid i'ch proffil fod yn ${limit} nod neu lai`,
  'network.profile.unprintable': "Mae eich proffil yn cynnwys nodau na ellir eu dangos",
  'network.principles.required': "Ticiwch y blwch i gytuno ag egwyddorion y rhwydwaith",
  'network.principles_version.unknown': "Nid y rhain yw'r egwyddorion cyfredol: ail-lwythwch y dudalen a'u darllen eto",
  'network.shown.unknown': "Dewiswch o'r rhestr yr hyn y caiff y cyfeiriadur ei ddangos",
  'network.consent.required': "Ticiwch y blwch i gytuno i ni gadw'r hyn rydych yn ei ddweud wrthym amdanoch chi'ch hun",
  'network.reason.required': "Rhowch y rheswm dros wrthod: caiff yr ymgeisydd wybod amdano",
  'network.reason.tooLong': (limit: string) => `Rhaid i'r rheswm fod yn ${limit} nod neu lai`,
};
