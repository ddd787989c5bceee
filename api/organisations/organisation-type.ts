/**
 * The kinds of organisation a campaign is asked about, in the order the list groups them:
 * the bodies a letter's recipient answers to first. Codes are the contract; the words are in
 * the catalogues (site/lib/messages/{en,cy}.ts `organisationTypes`).
 */
export const organisationTypes = [
  'public_body',
  'nhs',
  'local_authority',
  'third_sector',
  'academic',
  'professional_body',
  'political_party',
  'business',
  'network',
  'other',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];
