import { en as boardEN } from './board/en.ts';
import { en as networkEN } from './network/en.ts';
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

  'signed_on.required': 'Enter the date signed, like 2026-11-20',
  'signed_on.format': 'Enter the date signed as year-month-day, like 2026-11-20',
  'signed_on.outside': 'The date signed must be while the letter was open, and not in the future',
  'import.syntax': 'The file is not valid CSV: check that every quote is closed',
  'import.header': 'The first line must name the columns: name,email,kind,organisation,role,place,country,area,signed_on,show_name',
  'import.empty': 'The file has no signatures after its first line',
  'import.columns': 'This line does not have as many fields as the first line',
  'import.retained': 'This letter’s signers’ email addresses have been deleted, as its retention period says, so nothing could tell whether a signature is already counted: it takes no more imports',

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

  'role.required': 'Enter your title or role',
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
  'consent.letterRequired': 'Tick the box to agree to us holding your letter',
  /** The form's hidden record of the words shown (api/privacy/privacy.versions.ts), from a form this site never made. */
  'consent_version.unknown': 'This form is out of date: read the consent wording again, tick the box and send the form again',
  'notice_version.unknown': 'This form points to a privacy notice this site does not know: read the privacy notice and send the form again',

  /** An organisation's logo: a file input cannot keep its file, so each message asks for one again. */
  'logo.tooBig': (limit: string) => `The logo must be ${limit} MB or smaller: choose a smaller file`,
  'logo.type': 'The logo must be a PNG, JPEG or WebP image: choose another file',
  'logo.unreadable': 'The logo could not be read as an image: save it again as PNG, JPEG or WebP and choose it again',
  'logo.dimensions': (limit: string) => `The logo must be ${limit} pixels wide and high or smaller: choose a smaller image`,

  'token.required': 'Send the token from the link',

  'body.required': 'Enter your letter',
  'body.notText': 'Your letter must be text',
  'body.tooLong': (limit: string) => `Your letter must be ${limit} characters or fewer`,
  'body.unprintable': 'Your letter contains characters that cannot be shown',

  'extract.required': 'Enter a short extract from your letter',
  'extract.notText': 'Extract must be text',
  'extract.tooLong': (limit: string) => `Extract must be ${limit} characters or fewer`,
  'extract.unprintable': 'Extract contains characters that cannot be shown',

  'publish.choose': 'Choose how much of your letter may be published',

  'pdf.tooLarge': (limit: string) => `The PDF must be ${limit} MB or smaller`,
  'pdf.notPdf': 'The file must be a PDF',
  'pdf.unreadable': 'The PDF could not be read. Save it again as a PDF and choose it again',
  'pdf.encrypted': 'The PDF is protected by a password. Choose a copy without a password',
  'pdf.active': 'The PDF contains scripts, attachments or forms. Save it again as a plain PDF (for example with Print to PDF) and choose it again',

  'day.format': 'Enter a date as year-month-day, like 2026-12-01',
  'recipient.required': 'Enter who received it',
  'recipient.tooLong': (limit: string) => `This must be ${limit} characters or fewer`,
  'method.choose': 'Choose how it was delivered',
  'note.tooLong': (limit: string) => `The note must be ${limit} characters or fewer`,
  'sender.required': 'Enter who replied, as the reply is signed',
  'reply.required': 'Enter the text of the reply',
  'reply.tooLong': (limit: string) => `The reply must be ${limit} characters or fewer`,
  'reply.lang': 'Choose the language the reply is written in',
  'updateTitle.required': 'Enter a title',
  'updateTitle.notText': 'The title must be text',
  'updateTitle.tooLong': (limit: string) => `The title must be ${limit} characters or fewer`,
  'updateTitle.unprintable': 'The title contains characters that cannot be shown',
  'updateBody.required': 'Enter the update',
  'updateBody.notText': 'The update must be text',
  'updateBody.tooLong': (limit: string) => `The update must be ${limit} characters or fewer`,
  'updateBody.unprintable': 'The update contains characters that cannot be shown',

  'reportReason.choose': 'Choose why you are reporting this comment',
  'reportDetails.tooLong': (limit: string) => `Your words must be ${limit} characters or fewer`,
  'reportDetails.unprintable': 'Your words contain characters that cannot be shown',
  // Readers' comments on blog posts (api/comments/comment.schema.ts).
  'commentBody.required': 'Enter your comment',
  'commentBody.notText': 'Your comment must be text',
  'commentBody.tooLong': (limit: string) => `Your comment must be ${limit} characters or fewer`,
  'commentBody.unprintable': 'Your comment contains characters that cannot be shown',
  'commentLang.choose': 'Choose the language your comment is written in',
  'parent.unknown': 'The comment you are replying to was not found. Write a new comment instead',
  'parent.tooDeep': 'Replies go no deeper than this. Reply to an earlier comment instead',
  'profile.notText': 'Your profile must be text',
  'profile.tooLong': (limit: string) => `Your profile must be ${limit} characters or fewer`,
  'profile.unprintable': 'Your profile contains characters that cannot be shown',

  /** Only if a schema forgets to name a key: better a plain request than zod's own English. */
  /** A request for a publication in an accessible format (api/publications/publication-request.schema.ts). */
  'format.choose': 'Choose the format you need',
  'details.required': 'Tell us which format you need',
  'details.tooLong': (limit: string) => `Details must be ${limit} characters or fewer`,
  'details.unprintable': 'Details contain characters that cannot be shown',
  'consent.requestRequired': 'Tick the box to agree to us holding your request',
  'input.invalid': 'Check this answer',
  ...networkEN,
  ...boardEN,
};

export type ValidationMessages = typeof en;
export type ValidationKey = keyof ValidationMessages;
