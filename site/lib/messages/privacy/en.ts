import { formatDay, formatNumber } from '../../format.ts';

/**
 * The privacy notice (/privacy) and the links to it, in English. Changing these words changes
 * the notice: add a version in api/privacy/privacy.versions.ts. The facts (who, the contact, the
 * periods) come from configuration and api/retention/retention.policy.ts, never from here.
 */
const n = (count: number) => formatNumber(count, 'en');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export const en = {
  title: 'Privacy notice',
  description: 'Who holds your personal data when you sign a letter here, why, for how long, and your rights.',
  /** Beside every form's consent, and in the site's footer. */
  formLink: 'How we use your personal data (privacy notice)',
  footerLink: 'Privacy notice',
  version: (version: string) => `Version ${version}, in effect from ${formatDay(version, 'en')}.`,
  lead: 'Signing an open letter says what you think about a political question. This notice explains what the campaign keeps about you, why, who sees it, for how long, and how to ask for a copy of it or for it to be deleted.',

  whoHeading: 'Who is responsible for your data',
  controller: (controller: string) => `${controller} runs this campaign and decides how your personal data is used: they are the data controller.`,
  noController: 'The people running this site have not yet named who is responsible for your personal data (the data controller). Until they do, ask them before you sign.',
  contactEmail: 'For any question or request about your data, write to',
  contactUrl: 'For any question or request about your data, use',
  contactUrlLabel: 'the data request page',
  noContact: 'The people running this site have not yet given a contact for questions and requests about your data.',

  basisHeading: 'Why we may hold it',
  basis: [
    'Signing a letter or writing a letter of support shows your political opinion, which UK data protection law (the UK GDPR) treats as a special category of personal data.',
    'We hold it only because you give your explicit consent, by ticking the box on the form (UK GDPR Article 9(2)(a), with Article 6(1)(a)). Asking for updates is a separate consent, given by its own box.',
    'You can withdraw your consent at any time: it does not make what we did before unlawful.',
  ],

  storedHeading: 'What we keep',
  stored: {
    signatures: 'When you sign: your name, email address, whether you sign for yourself or an organisation (and the organisation’s name, type, website and logo), your role, place, country and area, your comment, whether your name may be shown, your language, when you signed and confirmed, and which version of the consent wording and of this notice you were shown.',
    support: 'When you send a letter of support: your name, role, organisation, country and email address, your letter, its extract and any PDF, how much of it you allow us to publish, your language, when you sent and confirmed it, and which version of the consent wording and of this notice you were shown.',
    updates: 'When you ask for updates: that you asked, when, and when you stopped them.',
    comments: 'When you comment on a blog post: your name, email address, your comment and its language, when you wrote, confirmed and changed it, the internet address it came from, and which version of the consent wording and of this notice you were shown.',
    requests: 'When you ask for a publication in an accessible format: your name, email address, the format and anything you told us about it, your language and when you asked.',
    network: 'When you join the practitioners’ network: your name, email address, your organisation’s name, type and website, your role, area, areas of practice and profile, what the directory may show, the version of the network’s principles you agreed to, when you joined and last said you are still active, and whether you want the board’s digest.',
    addresses: 'The internet (IP) address each signature was sent from, so that campaigners can spot and reverse an attack (many signatures from one place). It is never shown on a page, in a download or in our logs.',
  },

  whoSeesHeading: 'Who sees it',
  whoSees: [
    'Everyone: only what you chose. Your name is listed only if you said it may be shown (otherwise you are listed as an anonymous supporter), with your role, place and country, and an organisation’s name, type, website and logo. Of a letter of support, only as much as you allowed once a campaigner has read it.',
    'The campaigners who run this campaign: everything you sent, including your email address, to check and count signatures, review abuse, and send the updates you asked for.',
    'Comments: your name and your words, once published, by everyone; your email address by no one but the campaigners. The network’s directory: only the fields you chose to show; the network’s coordinators see your application.',
    'The letter’s recipient: the published list and counts, and every letter of support (even those you did not allow us to publish).',
    'Your email address is never published, sold or given to anyone else.',
  ],

  keptHeading: 'How long we keep it',
  unconfirmed: (days: number) => `A signature or letter of support never confirmed by its email link is deleted, with its links and mail, ${plural(days, 'day', 'days')} after it was sent.`,
  afterClose: (months: number) =>
    `${plural(months, 'month', 'months')} after a letter closes, we delete the email addresses, internet addresses and links of everyone who signed it. The names people chose to show and every count stay, as the public record of the letter. Letters of support keep what was published.`,
  exceptionsIntro: 'These letters keep their signers’ addresses for a different period after they close:',
  exception: (months: number) => plural(months, 'month', 'months'),
  comments: (days: number) =>
    `A comment stays until you or a campaigner delete it, or you ask for your data to be erased; the internet address it came from is forgotten ${plural(days, 'day', 'days')} after it was written. An address never confirmed is deleted with its comments after the same period as an unconfirmed signature.`,
  requests: (days: number) => `A request for an accessible format is deleted ${plural(days, 'day', 'days')} after a campaigner marks it done.`,
  network: (days: number) =>
    `Network members’ details stay while they are members; leaving removes the profile and directory entry at once. An application never confirmed is deleted like an unconfirmed signature; a declined one ${plural(days, 'day', 'days')} after the decision.`,
  updatesStop: 'Updates stop when you unsubscribe (every update has a link) or when your address is deleted.',

  rightsHeading: 'Your rights',
  rights: 'You have the right to a copy of your data, to have it corrected or deleted, to restrict or object to its use, to take it elsewhere, and to withdraw your consent.',
  myData: 'Ask for a copy of what we hold under your email address, or for it to be deleted',
  rightsLinks: 'Every mail we send you has a link to withdraw your signature; every update has a link to stop updates.',
  rightsContact: 'For anything else, or if you cannot use the page, contact the people responsible (above).',

  complaintHeading: 'Complaints',
  complaint: 'If you are unhappy with how we use your data, please tell us first. You can also complain to the Information Commissioner’s Office (ICO), the UK’s data protection regulator:',
  complaintLink: 'make a complaint to the ICO',
};
