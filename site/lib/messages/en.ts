import { formatDay, formatNumber } from '../format.ts';

/**
 * Every word the pages show, in English. The Welsh catalogue (cy.ts) has the same shape
 * (`Messages`), so a page never holds a sentence of its own. Functions take raw numbers and
 * dates because plurals and date forms differ between the languages.
 */
const n = (count: number) => formatNumber(count, 'en');
const day = (date: Date | string) => formatDay(date, 'en');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export const en = {
  site: {
    name: 'Llofnod',
    tagline: 'Open letters, signed and confirmed',
    skipLink: 'Skip to main content',
    navLabel: 'Main',
    /** This language's name in itself, as the language switcher shows it. */
    langName: 'English',
    switcherLabel: 'Language',
    nav: { letters: 'Letters', blog: 'Blog' },
    footer: 'Llofnod is open-source software for open-letter campaigns. This site sets no tracking cookies and loads nothing from other sites.',
    errorTitle: (title: string) => `Error: ${title}`,
  },
  letterStatus: {
    open: 'Open for signatures',
    openUntil: (closes: string) => `Open for signatures until ${day(closes)}`,
    closed: (closes: string) => `Closed on ${day(closes)}`,
    upcoming: (opens: string) => `Opens on ${day(opens)}`,
  },
  counts: {
    signatures: (count: number) => plural(count, 'signature', 'signatures'),
    towardsGoal: (count: number, goal: number) =>
      count >= goal ? `Goal of ${n(goal)} signatures reached` : `${n(count)} of ${n(goal)} signatures towards the goal`,
    breakdown: (individuals: number, organisations: number) =>
      `${plural(individuals, 'individual', 'individuals')} and ${plural(organisations, 'organisation', 'organisations')}`,
  },
  home: {
    title: 'Open letters',
    description: 'Read open letters to decision-makers in Wales, sign them and confirm by email.',
    lead: 'Read a letter, add your name and confirm it from your email. Only confirmed signatures are counted.',
    open: 'Open for signatures',
    noneOpen: 'There are no letters open for signatures at the moment.',
    others: 'Earlier and upcoming letters',
    posts: 'Latest from the blog',
    allPosts: 'All blog posts',
  },
  letters: {
    title: 'Letters',
    description: 'Every open letter on this site, open ones first.',
  },
  letter: {
    to: 'To:',
    signCta: 'Sign this letter',
    asks: 'The asks at a glance',
    seeSignatories: 'See who has signed',
    signHeading: 'Sign the letter',
    closedNotice: (closes: string) => `This letter closed on ${day(closes)} and is no longer collecting signatures.`,
    upcomingNotice: (opens: string) => `This letter opens for signatures on ${day(opens)}.`,
    closedHeading: 'This letter is not open for signatures',
  },
  form: {
    errorSummary: 'There is a problem',
    errorPrefix: 'Error:',
    name: { label: 'Your name', hint: 'As you would like it to appear on the list of signatories' },
    email: {
      label: 'Email address',
      hint: 'We will send you a link to confirm your signature. Your email address is never shown publicly.',
    },
    kind: {
      legend: 'Are you signing as an individual or for an organisation?',
      individual: 'As an individual',
      organisation: 'For an organisation',
    },
    organisation: { label: 'Organisation', hint: 'Required when signing for an organisation' },
    organisationType: { label: 'Type of organisation', hint: 'Required when signing for an organisation', none: 'Choose a type' },
    website: {
      label: "Organisation's website",
      hint:
        'Required when signing for an organisation. If your email address is at the same domain, your organisation is listed as verified ' +
        'as soon as you confirm; otherwise the campaign checks it first.',
    },
    logo: {
      label: 'Organisation’s logo (optional)',
      hint: 'A PNG, JPEG or WebP image of 1 MB or less, shown beside your organisation’s name on the list of signatories.',
      again: 'Files are not kept when the form has mistakes: choose your logo again.',
    },
    role: { label: 'Role or job title (optional)' },
    place: { label: 'Town or city (optional)' },
    country: { label: 'Country' },
    area: { label: 'Welsh local authority (optional)', hint: 'If you live in Wales', none: 'Choose a local authority' },
    comment: {
      label: 'Comment (optional)',
      hint: 'Why are you signing? Up to 500 characters.',
    },
    /** Templates for site/scripts/character-count.ts, which fills in `{count}` as the reader types. */
    characterCount: {
      left: { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' },
      over: { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
    },
    showName: {
      legend: 'Show my name on the public list',
      yes: 'Yes',
      no: 'No',
      noHint: 'You will be counted and listed as Anonymous supporter',
    },
    consent: {
      legend: 'Your consent',
      label: 'I agree to the campaign holding my signature',
      hint:
        'Signing a political letter reveals your political opinions, which is a special category of personal data. ' +
        'The campaign keeps your name and email address to count and check your signature. ' +
        'Your email address is never published. You can withdraw your signature at any time.',
    },
    updates: { label: 'Send me occasional updates about this campaign (optional)' },
    submit: 'Sign the letter',
  },
  /** The types of organisation (api/organisations/organisation-type.ts), by code. */
  organisationTypes: {
    public_body: 'Public body',
    nhs: 'NHS body',
    local_authority: 'Local authority',
    third_sector: 'Third sector',
    academic: 'Academic',
    professional_body: 'Professional body',
    political_party: 'Political party',
    business: 'Business',
    network: 'Network',
    other: 'Other',
  },
  signatories: {
    heading: 'Who has signed',
    title: (letter: string) => `Who has signed: ${letter}`,
    description: (letter: string) => `The public list of confirmed signatories of “${letter}”.`,
    total: (count: number) => `${plural(count, 'confirmed signature', 'confirmed signatures')} in all`,
    filters: 'Filter the list',
    kind: 'Signed as',
    anyKind: 'Anyone',
    individuals: 'Individuals',
    organisations: 'Organisations',
    country: 'Country',
    anyCountry: 'All countries',
    search: 'Search by name',
    order: 'Order',
    newestFirst: 'Newest first',
    organisationsFirst: 'Organisations first, by type',
    verified: 'Verified organisation',
    /** The first group in organisations-first order: those a campaigner marked notable. */
    notable: 'Notable organisations',
    apply: 'Apply filters',
    clear: 'Clear filters',
    columns: { name: 'Name', organisation: 'Organisation', role: 'Role', place: 'Place', country: 'Country', signed: 'Signed' },
    caption: 'Signatories, most recent first',
    captionByType: 'Signatories: notable organisations, organisations by type, then individuals, most recent first in each group',
    /** Shown for a signer who chose not to show their name (the API lists them as "Anonymous supporter"). */
    anonymous: 'Anonymous supporter',
    none: 'No one matches these filters.',
    nobodyYet: 'No one has confirmed a signature yet.',
    pages: 'Pages of the list',
    next: 'Next page',
    first: 'Back to the first page',
    csv: 'Download the list as CSV',
    csvHint: 'A spreadsheet file with the same filters, for journalists and researchers',
    backToLetter: 'Back to the letter',
  },
  checkEmail: {
    title: 'Check your email',
    sent: (letter: string) => `We have sent you an email with a link to confirm your signature on “${letter}”.`,
    counts: 'Your signature is counted only after you confirm it.',
    expiry: 'The link works for 7 days.',
    spam: 'If you cannot see the email, look in your spam or junk folder.',
    nextHeading: 'What happens next',
    next: 'When you open the link and press the button, your signature is counted and, if you chose to show it, your name appears on the public list.',
    again: 'Nothing arrived after a few minutes? Go back to the letter and sign again with the same email address, and we will send a new link.',
    backToLetter: 'Back to the letter',
  },
  confirm: {
    title: 'Confirm your signature',
    intro: (letter: string) => `You are about to confirm your signature on the open letter “${letter}”.`,
    ignore: 'If you did not sign this letter, close this page. Nothing will be published.',
    button: 'Confirm my signature',
  },
  thankYou: {
    title: 'Thank you for signing',
    confirmed: (letter: string) => `Your signature on “${letter}” is confirmed.`,
    /** An organisation whose email is not at its website's domain: confirmed, not yet listed. */
    awaiting:
      'Your organisation will appear on the list of signatories, and be counted, once a campaigner has checked that you may sign for it, ' +
      'because your email address is not at your organisation’s website’s domain. We will email you when it has been checked.',
    count: (count: number) => `The letter now has ${plural(count, 'signature', 'signatures')}.`,
    shareHeading: 'Ask others to sign',
    shareText: (letter: string) => `I have signed the open letter “${letter}”. Will you sign it too?`,
    share: { email: 'Email', x: 'X (Twitter)', facebook: 'Facebook', whatsapp: 'WhatsApp', linkedin: 'LinkedIn' },
    shareLabel: 'Share on',
    linkLabel: 'Link to the letter',
    copy: 'Copy link',
    copied: 'Link copied',
    readLetter: 'Read the letter',
  },
  withdraw: {
    title: 'Withdraw your signature',
    intro: (letter: string) => `You are about to withdraw your signature from the open letter “${letter}”.`,
    effect: 'It will no longer be counted or appear on the list of signatories.',
    button: 'Withdraw my signature',
  },
  withdrawn: {
    title: 'Your signature has been withdrawn',
    body: (letter: string) => `Your signature on “${letter}” no longer appears on the list and is no longer counted.`,
    signAgain: 'Changed your mind? Sign the letter again',
  },
  invalidLink: {
    unknown: {
      title: 'This link is not valid',
      body: 'Check that you copied the whole link from the email. Links stop working once a signature is withdrawn.',
    },
    used: {
      title: 'This link has already been used',
      confirm: 'If you already confirmed, your signature is counted and there is nothing more to do.',
      withdraw: 'If you already withdrew, your signature is no longer counted or listed.',
      support: 'If you already confirmed, your letter of support is waiting for a campaigner to read it, and there is nothing more to do.',
    },
    expired: {
      title: 'This link has expired',
      body: 'Links in our emails work for 7 days. Sign the letter again and we will email you a new link.',
    },
    signAgain: 'Sign the letter again',
    home: 'See the open letters',
    /** A letter of support's confirmation link, where it differs from a signature's. */
    support: {
      unknown: 'Check that you copied the whole link from the email.',
      expired: 'Links in our emails work for 7 days. Send your letter of support again and we will email you a new link.',
      again: 'Send your letter of support again',
      read: 'See the letters of support',
    },
  },
  blog: {
    title: 'Blog',
    description: 'News from the campaign.',
    by: (author: string) => `By ${author}`,
    aboutLetter: 'Read and sign the letter:',
    none: 'Nothing has been posted yet.',
  },
  /** Where a letter or post has not been written in this language yet. */
  translation: {
    letter: 'This letter is in Welsh only for now. The Welsh text is below.',
    post: 'This post is in Welsh only for now. The Welsh text is below.',
    readOther: 'Read it on the Welsh page',
    onlyOther: '(in Welsh only)',
  },
  /** Letters of support: experts and organisations of standing writing in support of a letter. */
  support: {
    heading: 'Letters of support',
    title: (letter: string) => `Letters of support: ${letter}`,
    description: (letter: string) => `Letters from experts and organisations in support of “${letter}”.`,
    intro:
      'Experts and organisations have written in support of this letter. Each was confirmed by its author and read by a campaigner ' +
      'before it was published: some in full, some as a short extract, as their authors chose.',
    count: (count: number) =>
      count === 0
        ? 'No letters of support have been published yet.'
        : count === 1
          ? '1 letter of support has been published.'
          : `${n(count)} letters of support have been published.`,
    read: 'Read the letters of support',
    invite: 'Are you an expert, or writing for an organisation? You can send a letter of support.',
    send: 'Send a letter of support',
    none: 'No letters of support have been published yet.',
    notable: 'Notable',
    readFull: 'Read the full letter',
    /** Read after "Read the full letter" by screen readers only, so each of many is told apart. */
    readFullFrom: (name: string) => ` from ${name}`,
    pdf: 'Download the signed letter (PDF)',
    published: (date: string) => `Published on ${date}`,
    backToLetter: 'Back to the letter',
    closed: {
      heading: 'This letter is not collecting letters of support',
      closed: (closes: string) => `This letter closed on ${day(closes)} and is no longer collecting letters of support.`,
      upcoming: (opens: string) => `This letter opens on ${day(opens)}. You can send a letter of support from then.`,
    },
    form: {
      title: 'Send a letter of support',
      lead: (letter: string) =>
        `Write in support of “${letter}”. We will email you a link to confirm your letter; then a campaigner reads it before anything is published.`,
      recipient: 'Every letter of support goes to the recipient with the open letter, however much of it you let us publish.',
      name: { label: 'Your name', hint: 'As it should appear with your letter' },
      role: { label: 'Your title or role', hint: 'For example, Professor of Public Policy, or Chief Executive' },
      organisation: { label: 'Organisation (optional)', hint: 'The organisation you work for or write on behalf of' },
      country: { label: 'Country', none: 'Choose a country' },
      email: {
        label: 'Email address',
        hint: 'We will send you a link to confirm your letter. Your email address is never published.',
      },
      body: { label: 'Your letter', hint: 'Type or paste the full text, with a blank line between paragraphs. Up to 20,000 characters.' },
      extract: {
        label: 'A short extract',
        hint:
          'One or two sentences from your letter, up to 300 characters. It is shown on the page of letters of support and to journalists, ' +
          'unless you choose to publish nothing.',
      },
      pdf: {
        label: 'Your signed letter as a PDF (optional)',
        hint: 'Up to 5 MB. A PDF that contains scripts, attachments or a password is refused.',
        again: 'Files are not kept when the form has mistakes: choose your PDF again.',
        tooLarge: 'The PDF must be 5 MB or smaller: choose a smaller file',
      },
      publish: {
        legend: 'How much of your letter may we publish?',
        hint: 'Whatever you choose, your letter goes to the recipient with the open letter.',
        full: 'The full letter',
        fullHint: 'Your letter, its extract and any PDF are published beside your name',
        extract: 'Only the extract',
        extractHint: 'The full letter and any PDF go only to the recipient',
        none: 'Nothing: it is for the recipient only',
        noneHint: 'Your letter is not published anywhere',
      },
      consent: {
        legend: 'Your consent',
        label: 'I agree to the campaign holding my letter of support',
        hint:
          'A letter in support of a political campaign reveals your political opinions, which is a special category of personal data. ' +
          'The campaign keeps your letter, name and email address to check it, pass it to the recipient and publish it as far as you allow above. ' +
          'A campaigner reads every letter before anything is published. Your email address is never published.',
      },
      submit: 'Send my letter of support',
    },
    sent: {
      title: 'Check your email',
      sent: (letter: string) => `We have sent you an email with a link to confirm your letter in support of “${letter}”.`,
      nothingYet: 'Nothing is published or passed on until you confirm it.',
      next: 'When you open the link and press the button, your letter goes to a campaigner, who reads it before anything is published. We will email you when they have.',
    },
    confirmed: {
      title: 'Thank you for your letter of support',
      confirmed: (letter: string) => `Your letter in support of “${letter}” is confirmed.`,
      next: 'A campaigner will read it before anything is published. We will email you when they have, and tell you what is published.',
    },
  },
  /** The page a letter of support's confirmation link opens. */
  supportConfirm: {
    title: 'Confirm your letter of support',
    intro: (letter: string) => `You are about to confirm your letter in support of the open letter “${letter}”.`,
    ignore: 'If you did not write this letter, close this page. Nothing will be published or passed on.',
    button: 'Confirm my letter of support',
  },
  notFound: {
    title: 'Page not found',
    typed: 'If you typed the web address, check it is correct.',
    pasted: 'If you pasted the web address, check you copied the entire address.',
    wayOn: 'You can:',
    letters: 'see the open letters',
    blog: 'read the blog',
  },
  /** The campaigners' workspace under /admin. */
  admin: {
    signIn: {
      title: 'Sign in to the campaigners’ workspace',
      lead: 'Campaigners sign in with a link sent by email: no password to remember or to leak.',
      email: { label: 'Email address', hint: 'The address the campaign gave for you' },
      submit: 'Email me a sign-in link',
    },
    sent: {
      title: 'Check your email',
      body: 'If this address may sign in to the workspace, a sign-in link is on its way to it.',
      expiry: 'The link works once, for 15 minutes.',
      spam: 'Nothing after a few minutes? Look in your spam or junk folder, or ask for a new link.',
      again: 'Ask for a new link',
    },
    link: {
      title: 'Sign in to the workspace',
      intro: 'Press the button to sign in to the campaigners’ workspace in this browser.',
      button: 'Sign in',
      invalid: {
        unknown: { title: 'This sign-in link is not valid', body: 'Check that you opened the whole link from the email.' },
        used: { title: 'This sign-in link has already been used', body: 'Each link signs in once. If that was not you, tell the other campaigners.' },
        expired: { title: 'This sign-in link has expired', body: 'A sign-in link works for 15 minutes.' },
      },
      again: 'Ask for a new sign-in link',
    },
    bar: {
      label: 'Workspace',
      signedInAs: (email: string) => `Signed in as ${email}`,
      home: 'Letters',
      queue: 'Queue',
      organisations: 'Organisations',
      support: 'Letters of support',
      audit: 'Audit log',
      signOut: 'Sign out',
    },
    home: {
      title: 'Campaigners’ workspace',
      lead: 'Every letter with its figures as they stand now.',
      caption: 'Signatures on each letter',
      columns: {
        letter: 'Letter',
        status: 'Status',
        counted: 'Confirmed and counted',
        pending: 'Waiting for email confirmation',
        withdrawn: 'Withdrawn',
      },
      none: 'There are no letters in content/letters yet.',
    },
    audit: {
      title: 'Audit log',
      lead: (count: number) => `The latest ${n(count)} actions in the workspace, newest first.`,
      caption: 'Actions in the workspace, newest first',
      columns: { at: 'When', actor: 'Who', action: 'What', subject: 'About', detail: 'Details' },
      actions: { sign_in: 'Signed in', sign_out: 'Signed out', 'organisation.approved': 'Approved an organisation', 'organisation.rejected': 'Rejected an organisation', 'organisation.notable': 'Marked an organisation as notable', 'organisation.not_notable': 'Removed an organisation’s notable mark', 'support.published': 'Published a letter of support', 'support.rejected': 'Rejected a letter of support', 'support.extract_edited': 'Edited the extract of a letter of support', 'support.notable': 'Marked a letter of support as notable', 'support.not_notable': 'Removed a letter of support’s notable mark' } as Record<string, string>,
      subjects: { session: 'Session', signature: 'Signature', support_letter: 'Letter of support' } as Record<string, string>,
      none: 'Nothing has been recorded yet.',
    },
    queue: {
      title: 'Organisations waiting for approval',
      lead: (count: number) =>
        count === 1
          ? '1 organisation has confirmed its email but signed from an address that is not at its website’s domain. Check that the person may sign for it, then approve or reject it.'
          : `${n(count)} organisations have confirmed their email but signed from an address that is not at their website’s domain. Check that each person may sign for theirs, then approve or reject it.`,
      none: 'No organisation is waiting for approval.',
      home: (count: number) => (count === 1 ? '1 organisation is waiting for approval' : `${n(count)} organisations are waiting for approval`),
      fields: {
        type: 'Type',
        website: 'Website',
        signer: 'Signed by',
        domains: 'Email domain and website domain',
        domainsValue: (email: string, website: string) => `email at ${email}, website at ${website}`,
        letter: 'Letter',
        confirmed: 'Email confirmed',
      },
      approve: (organisation: string) => `Approve ${organisation}`,
      approveButton: 'Approve',
      reject: {
        label: 'Reason for rejecting',
        hint: 'Sent to the signer by email and kept in the audit log. Be polite and say what would help.',
        button: 'Reject',
        missing: 'Enter the reason for rejecting this organisation',
        tooLong: (max: number) => `The reason must be ${n(max)} characters or fewer`,
      },
      done: {
        approved: 'Approved: the organisation is now listed as verified, and the signer has been told by email.',
        rejected: 'Rejected: the organisation stays hidden, and the signer has been told by email with your reason.',
        gone: 'That organisation has already been decided, or withdrawn its signature: nothing was changed.',
      } as Record<string, string>,
      doneTitle: 'Done',
    },
    organisations: {
      title: 'Organisations on the lists',
      lead: 'Every organisation listed on a letter. Mark as notable the ones readers should see first: they head the list of organisations.',
      none: 'No organisation is listed on any letter yet.',
      caption: (letter: string) => `Organisations listed on “${letter}”`,
      columns: { organisation: 'Organisation', type: 'Type', website: 'Website', notable: 'Notable', change: 'Change' },
      yes: 'Notable',
      no: 'Not notable',
      mark: 'Mark as notable',
      unmark: 'Remove notable mark',
      markLabel: (organisation: string) => `Mark as notable: ${organisation}`,
      unmarkLabel: (organisation: string) => `Remove notable mark: ${organisation}`,
      done: {
        marked: 'Marked as notable: the organisation now comes first in the list of organisations.',
        unmarked: 'No longer notable: the organisation is listed with the others of its type.',
        gone: 'That organisation is no longer on the list: nothing was changed.',
      } as Record<string, string>,
      doneTitle: 'Done',
    },
    support: {
      title: 'Letters of support',
      home: (count: number) => (count === 1 ? '1 letter of support is waiting for a decision' : `${n(count)} letters of support are waiting for a decision`),
      waiting: {
        title: 'Waiting for a decision',
        lead: (count: number) =>
          count === 1
            ? '1 letter of support has been confirmed by its author. Read it, then publish it as far as its author allows, or reject it.'
            : `${n(count)} letters of support have been confirmed by their authors. Read each, then publish it as far as its author allows, or reject it.`,
        none: 'No letter of support is waiting for a decision.',
      },
      published: {
        title: 'Published',
        lead: 'Letters of support already accepted. You can still shorten an extract or change which are notable.',
        none: 'No letter of support has been published yet.',
      },
      fields: {
        role: 'Title or role',
        organisation: 'Organisation',
        country: 'Country',
        emailDomain: 'Email domain',
        letter: 'Letter',
        publish: 'The author allows',
        confirmed: 'Email confirmed',
        published: 'Published',
        pdf: 'Signed letter',
      },
      publish: { full: 'the full letter to be published', extract: 'only the extract to be published', none: 'nothing to be published: for the recipient only' },
      pdfLink: (size: string) => `Download the PDF (${size} KB)`,
      fullLetter: 'The full letter',
      notableTag: 'Notable',
      notableChoice: 'Notable: show it before the others',
      extract: {
        label: 'Extract',
        hint: 'Shown on the letters of support page and to journalists. Shorten it if you must; keep the author’s words.',
        save: 'Save the extract',
      },
      publishButton: 'Publish',
      accept: 'Accept for the recipient',
      mark: 'Mark as notable',
      unmark: 'Remove notable mark',
      reject: {
        label: 'Reason for rejecting',
        hint: 'Sent to the author by email and kept in the audit log. Be polite and say what would help.',
        button: 'Reject',
        missing: 'Enter the reason for rejecting this letter of support',
        tooLong: (max: number) => `The reason must be ${n(max)} characters or fewer`,
      },
      done: {
        published: 'Done: the letter of support is accepted, and its author has been told by email.',
        rejected: 'Rejected: nothing of the letter is published, and its author has been told by email with your reason.',
        extract: 'The extract is saved.',
        notable: 'Marked as notable: it now comes first.',
        not_notable: 'No longer notable.',
        gone: 'That letter of support has already been decided: nothing was changed.',
      } as Record<string, string>,
      doneTitle: 'Done',
    },
    signOut: {
      title: 'Sign out',
      intro: 'Sign out of the workspace in this browser.',
      button: 'Sign out',
    },
  },
  /** Updates to signers: the letter page's section, the unsubscribe link's page, the workspace's pages. */
  letterUpdates: {
    heading: 'Updates',
    sentOn: (day: string) => `Sent on ${day}`,
  },
  unsubscribe: {
    title: 'Stop updates about this letter',
    intro: (letter: string) => `You signed the open letter “${letter}” and asked for updates about it.`,
    effect: 'Press the button and we will send you no more updates about this letter. Your signature stays counted.',
    button: 'Stop updates',
    doneTitle: 'You will get no more updates',
    doneBody: (letter: string) => `We will send you no more updates about “${letter}”. Your signature is still counted.`,
    readLetter: 'Read the letter and its updates',
    invalid: {
      unknown: { title: 'This link is not valid', body: 'Check that you copied the whole link from the email.' },
      expired: { title: 'This link has expired', body: 'Unsubscribe links work for a year. The link in a newer update will work.' },
    },
    home: 'See the open letters',
  },
  adminUpdates: {
    bar: 'Updates',
    title: 'Updates to signers',
    lead: 'Write an update in English and in Welsh, look at it, send a test to yourself, then send it to the signers who asked for updates. Once sent, it is published on the letter’s page.',
    none: 'No updates yet.',
    write: 'Write an update',
    letter: 'Letter',
    titleEn: 'Title in English',
    bodyEn: 'Update in English',
    titleCy: 'Title in Welsh',
    bodyCy: 'Update in Welsh',
    bodyHint: 'Plain text. Leave a blank line between paragraphs.',
    save: 'Save and preview',
    columns: { title: 'Update', letter: 'Letter', written: 'Written', sent: 'Sent' },
    notSent: 'Not sent',
    open: (title: string) => `Preview and send “${title}”`,
    back: 'All updates',
    previewMail: (language: string) => `As the mail in ${language}`,
    previewPage: (language: string) => `As on the letter page in ${language}`,
    languages: { en: 'English', cy: 'Welsh' },
    subject: 'Subject',
    recipients: (n: string) =>
      n === '1' ? '1 signer asked for updates and will get it, in their own language.' : `${n} signers asked for updates and will get it, each in their own language.`,
    deliveries: (sent: string, queued: string) => `${sent} of ${queued} mails sent so far.`,
    sendTest: 'Send a test to me',
    testHint: (email: string) => `To ${email}, in both languages.`,
    send: 'Send to signers',
    sendAgain: 'Send to signers who opted in since',
    doneTitle: 'Done',
    done: {
      saved: 'The update is saved. Check it, send a test to yourself, then send it.',
      tested: 'A test is on its way to you.',
      sent: 'The update is being sent, at a steady pace, and is on the letter’s page now.',
      gone: 'That update was not found.',
    } as Record<string, string>,
  },
};
