/**
 * ISO 3166-1 alpha-2, with the United Kingdom given by nation (ISO 3166-2) as the
 * contract asks: a journalist wants "Wales", not "UK". Names come from Intl.DisplayNames.
 */
const iso3166 = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER
ES ET FI FJ FK FM FO FR GA GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG
MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL
PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/);

export const ukNations = ['GB-WLS', 'GB-ENG', 'GB-SCT', 'GB-NIR'] as const;

export const countryCodes: readonly string[] = [...ukNations, ...iso3166];

const nationNames = {
  en: { 'GB-WLS': 'Wales', 'GB-ENG': 'England', 'GB-SCT': 'Scotland', 'GB-NIR': 'Northern Ireland' },
  cy: { 'GB-WLS': 'Cymru', 'GB-ENG': 'Lloegr', 'GB-SCT': 'Yr Alban', 'GB-NIR': 'Gogledd Iwerddon' },
} as const;

const displayNames = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  cy: new Intl.DisplayNames(['cy'], { type: 'region' }),
};

export function countryName(code: string, locale: 'en' | 'cy' = 'en'): string {
  const nation = (nationNames[locale] as Record<string, string>)[code];
  return nation ?? displayNames[locale].of(code) ?? code;
}

type CountryOption = { readonly code: string; readonly name: string };
const optionsByLocale = new Map<'en' | 'cy', readonly CountryOption[]>();

/**
 * Countries in the order a form should offer them: the UK's nations first, then by name. Made
 * once per language: naming and sorting 250 countries was a tenth of the letter page's time.
 */
export function countryOptions(locale: 'en' | 'cy' = 'en'): readonly CountryOption[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    const rest = iso3166
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    options = Object.freeze([...ukNations.map((code) => ({ code, name: countryName(code, locale) })), ...rest]);
    optionsByLocale.set(locale, options);
  }
  return options;
}
