import type { en } from './en.ts';

/** Atebion y bwrdd trafod (api/network/board.schema.ts), yn Gymraeg. */
export const cy: typeof en = {
  'board.title.required': 'Rhowch deitl i’ch trafodaeth',
  'board.title.notText': 'Rhaid i’r teitl fod yn destun',
  'board.title.tooLong': (limit: string) => `Rhaid i’r teitl fod yn ${limit} nod neu lai`,
  'board.title.unprintable': 'Mae’r teitl yn cynnwys nodau na ellir eu dangos',
  'board.body.required': 'Ysgrifennwch yr hyn rydych am ei ddweud',
  'board.body.notText': 'Rhaid i’ch neges fod yn destun',
  'board.body.tooLong': (limit: string) => `Rhaid i’ch neges fod yn ${limit} nod neu lai`,
  'board.body.unprintable': 'Mae’ch neges yn cynnwys nodau na ellir eu dangos',
  'board.lang.choose': 'Dewiswch yr iaith y mae’ch neges wedi’i hysgrifennu ynddi',
  'board.reason.required': 'Dywedwch wrthym pam rydych yn adrodd am y neges hon',
  'board.reason.tooLong': (limit: string) => `Rhaid i’r rheswm fod yn ${limit} nod neu lai`,
  'board.removal.required': 'Rhowch y rheswm dros ddileu’r neges: bydd ei hawdur yn cael gwybod',
};
