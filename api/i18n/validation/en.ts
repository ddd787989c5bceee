/**
 * What a signer is told about an answer that needs correcting, in English, GOV.UK style: say
 * what to do, plainly. The schemas name these keys; `limit` comes already formatted for the
 * language. The Welsh is cy.ts, with exactly these keys.
 */
export const en = {
  'name.required': 'Enter your name',
  'name.notText': 'Your name must be text',
  'name.tooLong': (limit: string) => `Your name must be ${limit} characters or fewer`,
  'name.unprintable': 'Your name contains characters that cannot be shown',
  'name.email': 'Enter your name, not your email address',
  'name.link': 'Enter your name without a web address',

  'email.required': 'Enter your email address',
  'email.tooLong': (limit: string) => `Email address must be ${limit} characters or fewer`,
  'email.notAscii':
    'Enter an email address using only plain letters, numbers and symbols (addresses with accented letters are not supported yet)',
  'email.format': 'Enter an email address in the correct format, like name@example.com',

  'kind.choose': 'Choose individual or organisation',

  'organisation.required': 'Enter the name of your organisation',
  'organisation.notText': 'Organisation must be text',
  'organisation.tooLong': (limit: string) => `Organisation must be ${limit} characters or fewer`,
  'organisation.unprintable': 'Organisation contains characters that cannot be shown',
  'organisation.email': 'Organisation is published, so leave out any email address',

  'organisation_type.choose': 'Choose the type of organisation',

  'website.required': "Enter your organisation's website",
  'website.format': 'Enter a website address in the correct format, like https://www.example.org',
  'website.tooLong': (limit: string) => `Website address must be ${limit} characters or fewer`,

  'role.notText': 'Role must be text',
  'role.tooLong': (limit: string) => `Role must be ${limit} characters or fewer`,
  'role.unprintable': 'Role contains characters that cannot be shown',
  'role.email': 'Role is published, so leave out any email address',

  'place.notText': 'Town or city must be text',
  'place.tooLong': (limit: string) => `Town or city must be ${limit} characters or fewer`,
  'place.unprintable': 'Town or city contains characters that cannot be shown',
  'place.email': 'Town or city is published, so leave out any email address',

  'country.required': 'Choose your country',
  'country.unknown': 'Choose a country from the list',

  'area.unknown': 'Choose a local authority from the list',

  'comment.notText': 'Comment must be text',
  'comment.tooLong': (limit: string) => `Comment must be ${limit} characters or fewer`,
  'comment.unprintable': 'Comment contains characters that cannot be shown',

  /** show_name, updates and consent, when sent as something that is neither yes nor no. */
  'flag.yesNo': 'Must be true or false',
  'consent.required': 'Tick the box to agree to us holding your signature',

  'token.required': 'Send the token from the link',

  /** Only if a schema forgets to name a key: better a plain request than zod's own English. */
  'input.invalid': 'Check this answer',
};

export type ValidationMessages = typeof en;
export type ValidationKey = keyof ValidationMessages;
