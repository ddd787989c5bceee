/**
 * How long Llofnod keeps personal data: the numbers the retention sweep applies and the privacy
 * notice states, from one place so the two never disagree.
 */

/** A signature (or letter of support) never confirmed is deleted, with its tokens and mail, this many days after it was made. */
export const unconfirmedDays = 30;

/**
 * This many months after a letter closes, every email address, client address and token of its
 * signatures is deleted; published names and every count stay. A letter's frontmatter may set
 * its own (`retention_months`).
 */
export const defaultMonthsAfterClose = 6;

/**
 * The network (api/network/): an application whose email is never confirmed goes after
 * `unconfirmedDays`, like a signature; a declined one this many days after the decision (long
 * enough to answer a question about it, then nothing of the applicant is kept).
 */
export const declinedMemberDays = 180;

/** A comment's client address is kept this long, for the rate limit and a campaigner looking into a flood; then forgotten. */
export const commentAddressDays = 30;

/** A request for a publication in an accessible format is deleted this many days after it was marked done. */
export const requestDaysKept = 90;
