import { campaignDay } from '../../api/letters/letter.time.ts';

/** The day a closed letter closed: the day (in Wales) a campaigner closed it early, else its `closes` date. */
export function closedOn(letter: { opens: string; closes: string | null; closed_at?: string | null }): string {
  return letter.closed_at ? campaignDay(new Date(letter.closed_at)) : (letter.closes ?? letter.opens);
}
