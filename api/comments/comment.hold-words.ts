/**
 * Words that make a trusted reader's comment wait for a campaigner, in English and Welsh: the
 * usual spam of blogs (money, gambling, pills). A campaign adds its own with COMMENT_HOLD_WORDS.
 * Matched as whole words, ignoring case; a phrase matches as typed with any spacing.
 */
export const holdWords: readonly string[] = [
  // English
  'casino', 'viagra', 'cialis', 'payday loan', 'bitcoin', 'crypto', 'forex', 'betting', 'porn', 'escort', 'seo services', 'backlinks', 'cheap pills',
  // Cymraeg
  'benthyciad diwrnod cyflog', 'gamblo', 'betio', 'arian cyflym', 'tabledi rhad', 'pornograffi', 'hebryngwr', 'cyfnewid arian cyfred',
];
