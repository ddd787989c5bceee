/**
 * Wales's 22 principal areas by ONS code, the same rows as wales-principal-areas.csv
 * beside this file (a test keeps the two equal). Kept as code so the form's schema
 * runs in a browser too.
 */
export const walesAreas = [
  { code: 'W06000001', en: 'Isle of Anglesey', cy: 'Ynys Môn' },
  { code: 'W06000002', en: 'Gwynedd', cy: 'Gwynedd' },
  { code: 'W06000003', en: 'Conwy', cy: 'Conwy' },
  { code: 'W06000004', en: 'Denbighshire', cy: 'Sir Ddinbych' },
  { code: 'W06000005', en: 'Flintshire', cy: 'Sir y Fflint' },
  { code: 'W06000006', en: 'Wrexham', cy: 'Wrecsam' },
  { code: 'W06000008', en: 'Ceredigion', cy: 'Ceredigion' },
  { code: 'W06000009', en: 'Pembrokeshire', cy: 'Sir Benfro' },
  { code: 'W06000010', en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' },
  { code: 'W06000011', en: 'Swansea', cy: 'Abertawe' },
  { code: 'W06000012', en: 'Neath Port Talbot', cy: 'Castell-nedd Port Talbot' },
  { code: 'W06000013', en: 'Bridgend', cy: 'Pen-y-bont ar Ogwr' },
  { code: 'W06000014', en: 'Vale of Glamorgan', cy: 'Bro Morgannwg' },
  { code: 'W06000015', en: 'Cardiff', cy: 'Caerdydd' },
  { code: 'W06000016', en: 'Rhondda Cynon Taf', cy: 'Rhondda Cynon Taf' },
  { code: 'W06000018', en: 'Caerphilly', cy: 'Caerffili' },
  { code: 'W06000019', en: 'Blaenau Gwent', cy: 'Blaenau Gwent' },
  { code: 'W06000020', en: 'Torfaen', cy: 'Tor-faen' },
  { code: 'W06000021', en: 'Monmouthshire', cy: 'Sir Fynwy' },
  { code: 'W06000022', en: 'Newport', cy: 'Casnewydd' },
  { code: 'W06000023', en: 'Powys', cy: 'Powys' },
  { code: 'W06000024', en: 'Merthyr Tydfil', cy: 'Merthyr Tudful' },
] as const;

export type WalesArea = (typeof walesAreas)[number];

export const walesAreaCodes: readonly string[] = walesAreas.map((a) => a.code);

export function areaName(code: string, locale: 'en' | 'cy' = 'en'): string {
  return walesAreas.find((a) => a.code === code)?.[locale] ?? code;
}
