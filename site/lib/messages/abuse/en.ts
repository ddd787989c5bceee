import { formatNumber } from '../../format.ts';

const n = (count: number) => formatNumber(count, 'en');
const signatures = (count: number) => (count === 1 ? '1 signature' : `${n(count)} signatures`);

/** The workspace's abuse review: the trending report, and a letter's set-aside signatures and bulk decisions. */
export const en = {
  bar: 'Trending',
  levels: { alert: 'Alert', notice: 'Notice' },
  sources: {
    address: { title: 'Internet addresses', column: 'Address' },
    network: { title: 'IPv6 networks (/64)', column: 'Network' },
    domain: { title: 'Email domains', column: 'Domain' },
    country: { title: 'Countries', column: 'Country' },
  },
  trending: {
    title: 'Trending: where confirmations come from',
    lead: (notice: number, alert: number) =>
      `Confirmed signatures in one hour, by where they came from: the busiest sources first. ${n(notice)} an hour from one source is marked for a look, ${n(alert)} is an alert, mailed to the campaigners at most once an hour. A surge can be real (a newsletter, a rally): look before you act.`,
    hour: { label: 'Hour', now: 'The last 60 minutes', ago: (hours: number) => (hours === 1 ? 'The hour before that' : `${n(hours)} hours before the last`) },
    show: 'Show',
    window: (from: string, to: string) => `From ${from} to ${to}.`,
    totalsTitle: 'Confirmations in the hour',
    totalsCaption: 'Confirmations in the hour, by letter',
    none: 'No confirmed signatures arrived in this hour.',
    noneFrom: 'None in this hour.',
    columns: { letter: 'Letter', count: 'Confirmations', level: 'Level', action: 'Action' },
    review: 'Review these',
    pause: 'Pause signing on the whole site (emergency)',
    reviewLetter: (title: string) => `Review the signatures of “${title}”`,
    privacy: 'Addresses are shown here to campaigners only, for review. They never appear on a public page, in an export or in a link.',
  },
  review: {
    title: (letter: string) => `Review signatures: ${letter}`,
    back: 'Back to the letter',
    link: (setAside: number) => (setAside === 0 ? 'Review signatures: nothing set aside' : `Review signatures: ${signatures(setAside)} set aside`),
    lead: 'Signatures the limits set aside wait here for you, and you can decide about many signatures at once: invalidate a flood of fake names, or validate what was set aside. Every decision is previewed first, needs a reason, is kept in the audit log, and an invalidation can be undone.',
    invalidatedHere: 'Invalidated in a campaigner’s decision about many signatures: it comes back only by undoing that decision, on the letter’s review page',
    setAside: {
      title: 'Set aside when they were made',
      lead: 'Not counted, listed or mailed. Validating sends each its confirmation email; it counts once its signer confirms.',
      count: (shown: number, total: number) => (shown === total ? `${signatures(total)}.` : `The newest ${n(shown)} of ${signatures(total)}.`),
      none: 'Nothing is set aside.',
      caption: 'Signatures set aside, newest first',
      columns: { choose: 'Choose', name: 'Name', domain: 'Email domain', made: 'Made', why: 'Why' },
      choose: (name: string) => `Choose ${name}`,
      flags: { rate_limit: 'Over the signing limit', honeypot: 'Filled the hidden field', too_fast: 'Sent too fast after the form was shown', invalidated: 'Invalidated' },
      validate: 'Validate the chosen: send their confirmations',
      noneChosen: 'Choose at least one signature',
    },
    choose: {
      title: 'Decide about many signatures',
      lead: 'Choose the signatures by where they came from, the domain of their email address, or when they were made (or several of these together). You see what would change before anything does.',
      action: {
        legend: 'What to do',
        invalidate: 'Invalidate counted and unconfirmed signatures',
        invalidateHint: 'They leave every count, list and export at once.',
        validate: 'Validate signatures that were set aside',
        validateHint: 'Each is sent its confirmation email.',
      },
      range: { label: 'Address or range (optional)', hint: 'An address, or a range such as 203.0.113.0/24 or 2001:db8::/48' },
      domain: { label: 'Email domain (optional)', hint: 'Exactly this domain, such as example.com' },
      from: { label: 'Made from (optional)', hint: 'Date and time in Wales, such as 2026-11-22T10:00' },
      to: { label: 'Made before (optional)', hint: 'Date and time in Wales' },
      preview: 'Preview',
      problems: {
        range: 'Enter an address or a range such as 203.0.113.0/24',
        domain: 'Enter a domain such as example.com',
        from: 'Enter the date and time as 2026-11-22T10:00',
        to: 'Enter the date and time as 2026-11-22T10:00',
        order: 'The end must come after the start',
        nothing: 'Choose by an address, a domain or a time, at least one',
      },
    },
    preview: {
      title: 'What this would change',
      affected: { invalidate: (count: number) => `It would invalidate ${signatures(count)}.`, validate: (count: number) => `It would send ${signatures(count)} their confirmation.` },
      counted: (count: number, individuals: number, organisations: number) =>
        `The letter’s count would fall by ${n(count)} (${n(individuals)} individuals, ${n(organisations)} organisations).`,
      nothingCounted: 'No count changes now.',
      countriesCaption: 'How each country’s count would fall',
      country: 'Country',
      fall: 'Fall',
      none: 'No signature matches. Nothing would change.',
      changed: 'The signatures matching changed since your preview (more arrived, or someone decided about some). Here is the set as it is now: confirm again if it is still right.',
      confirm: { invalidate: 'Invalidate these signatures', validate: 'Validate these signatures' },
    },
    history: {
      title: 'Decisions so far',
      none: 'No decisions about many signatures yet.',
      caption: 'Bulk decisions on this letter, newest first',
      columns: { when: 'When', who: 'Who', what: 'What', reason: 'Reason', undo: 'Undo' },
      what: {
        invalidate: (count: number, counted: number) => `Invalidated ${signatures(count)} (${n(counted)} counted)`,
        validate: (count: number) => `Validated ${signatures(count)}`,
      },
      undone: (when: string, by: string) => `Undone ${when} by ${by}`,
      undo: 'Undo: bring them back',
    },
    reason: {
      label: 'Reason',
      hint: 'Kept in the audit log with the decision.',
      missing: 'Enter the reason for this decision',
      tooLong: (max: number) => `The reason must be ${n(max)} characters or fewer`,
    },
    doneTitle: 'Done',
    done: {
      invalidated: 'The signatures were invalidated. Counts and lists have changed.',
      validated: 'The signatures were validated: their confirmation emails are on their way.',
      undone: 'The invalidation was undone: the signatures are back as they were.',
      alreadyUndone: 'That invalidation had already been undone.',
    },
  },
};
