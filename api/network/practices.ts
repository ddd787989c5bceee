/**
 * The network's areas of practice: the fixed list members choose from and the directory
 * filters by, named in both languages. The campaign's configuration lives here, as code, so
 * the join form's schema runs in a browser too; a new area is one row (its code never changes
 * once members chose it, because profiles keep the code).
 */
export const practices = [
  { code: 'health', en: 'Health services', cy: 'Gwasanaethau iechyd' },
  { code: 'social-care', en: 'Social care', cy: 'Gofal cymdeithasol' },
  { code: 'mental-health', en: 'Mental health', cy: 'Iechyd meddwl' },
  { code: 'housing', en: 'Housing', cy: 'Tai' },
  { code: 'education', en: 'Education and learning', cy: 'Addysg a dysgu' },
  { code: 'children-young-people', en: 'Children and young people', cy: 'Plant a phobl ifanc' },
  { code: 'community-development', en: 'Community development', cy: 'Datblygu cymunedol' },
  { code: 'criminal-justice', en: 'Criminal justice', cy: 'Cyfiawnder troseddol' },
  { code: 'environment', en: 'Environment and place', cy: "Yr amgylchedd a'r lle" },
  { code: 'commissioning', en: 'Commissioning and procurement', cy: 'Comisiynu a chaffael' },
  { code: 'research', en: 'Research and evaluation', cy: 'Ymchwil a gwerthuso' },
  { code: 'policy', en: 'Policy and government', cy: 'Polisi a llywodraeth' },
] as const;

export type PracticeCode = (typeof practices)[number]['code'];
export const practiceCodes: readonly string[] = practices.map((p) => p.code);

/** A member's area: one of Wales's principal areas by code (api/places/wales-areas.ts), or beyond Wales. */
export const beyondWales = 'beyond';
