import type { Deps } from '../../api/deps.ts';
import { type AbusePolicy, defaultAbusePolicy } from '../../api/abuse/sign-limits.ts';
import { InvalidInputError } from '../../api/errors.ts';
import { joinNetwork, parseMemberInput } from '../../api/network/join.service.ts';
import type { Lang } from './format.ts';
import { type FormValues, errorLinksIn } from './letter-form.ts';
import { honeypotField, shownAtField } from './sign-form.ts';

/** The boxes a person ticks, by field: what comes back when the form does. */
export type JoinLists = { practices: string[]; shown: string[] };

export type JoinOutcome = { kind: 'done' } | { kind: 'invalid'; values: FormValues; lists: JoinLists; errors: Record<string, string> };

/** The form's fields in page order: the error summary lists problems in the order a person meets them. */
const fieldOrder = ['name', 'email', 'kind', 'organisation', 'organisation_type', 'website', 'role', 'area', 'practices', 'profile', 'shown', 'principles', 'consent'];

export const joinErrorLinks = (errors: Record<string, string>) => errorLinksIn(errors, fieldOrder, 'join-form');

/**
 * The join page's own POST, parsed as the API parses it and kept through the same service in
 * the page's language. The sign form's traps apply: a filled-in hidden field, or a form sent
 * sooner than a person could fill it in, gets the same answer and is not kept (a bot learns
 * nothing, and no mailbox is written to on its say-so).
 */
export async function submitJoinForm(deps: Deps, request: Request, lang: Lang): Promise<JoinOutcome> {
  const form = await request.formData().catch(() => new FormData());
  const values: FormValues = {};
  for (const [key, value] of form) if (!(key in values) && typeof value === 'string') values[key] = value;
  const lists: JoinLists = { practices: strings(form.getAll('practices')), shown: strings(form.getAll('shown')) };
  try {
    const input = parseMemberInput({ ...values, ...lists });
    if (!suspicious(values, deps.clock(), deps.abuse ?? defaultAbusePolicy)) await joinNetwork(deps, input, lang);
    return { kind: 'done' };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return { kind: 'invalid', values, lists, errors: error.fieldsIn(lang) };
  }
}

const strings = (entries: FormDataEntryValue[]) => entries.filter((e): e is string => typeof e === 'string');

function suspicious(values: FormValues, now: Date, policy: AbusePolicy): boolean {
  if (values[honeypotField]) return true;
  return policy.formMinMs > 0 && !(now.getTime() - Number(values[shownAtField]) >= policy.formMinMs);
}
