import type { Deps } from '../../api/deps.ts';
import { markSent } from '../../api/mail/outbox.repository.ts';
import { approveSupport } from '../../api/support/support.moderation.ts';
import { confirmSupport, parseSupportSubmission, submitSupport } from '../../api/support/support.service.ts';
import { newSecret } from '../../api/tokens/secret.ts';

/**
 * Letters of support for the demo: obviously fictional experts from the four places the real
 * campaign heard from (DESIGN.md), each sent, confirmed and published through the real
 * services, so the page, the API and the workspace show what real ones leave behind.
 */
const letters = [
  {
    author_name: 'Dr Example Rivera',
    role: 'Professor of Community Health (fictional)',
    organisation: 'Example State University',
    country: 'US',
    publish: 'full',
    notable: true,
    extract: 'Where citizens share the design of services, those services last longer and cost less to put right.',
  },
  {
    author_name: 'Sam Placeholder',
    role: 'Director, Co-design Practice (fictional)',
    organisation: 'Demo Co-production Collective',
    country: 'AU',
    publish: 'extract',
    notable: false,
    extract: 'Wales can lead by writing co-production into how it commissions, not only into what it says.',
  },
  {
    author_name: 'Alex Sample',
    role: 'Chair (fictional)',
    organisation: 'Example Network for England',
    country: 'GB-ENG',
    publish: 'full',
    notable: false,
    extract: 'An independent, member-led network is what kept co-production honest where we work.',
  },
  {
    author_name: 'Jordan Demo',
    role: 'Policy Lead (fictional)',
    organisation: 'Sample Scottish Alliance',
    country: 'GB-SCT',
    publish: 'none',
    notable: false,
    extract: 'We write privately to the First Minister in support of the asks.',
  },
] as const;

const bodyOf = (extract: string) =>
  `Dear First Minister,\n\nThis is a fictional letter of support, written for Llofnod's demo.\n\n${extract}\n\nWith best wishes,\nA fictional supporter`;

/** Sends, confirms and publishes each letter at `at`; returns how many. */
export async function replaySupport(deps: Omit<Deps, 'clock'>, slug: string, at: Date): Promise<number> {
  const moment: Deps = { ...deps, clock: () => at };
  for (const [i, { notable, ...fields }] of letters.entries()) {
    const email = `support-${i}@example.org`;
    const submission = await parseSupportSubmission({ ...fields, email, body: bodyOf(fields.extract), consent: true });
    await submitSupport(moment, slug, submission, 'en');
    const { id } = await deps.db.selectFrom('support_letters').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    // The link the confirmation mail would have carried, made here instead of mailed.
    const { raw, hash } = newSecret();
    const expires = new Date(at.getTime() + 86_400_000).toISOString();
    await deps.db.updateTable('support_letters').set({ confirm_hash: hash, confirm_expires_at: expires }).where('id', '=', id).execute();
    await confirmSupport(moment, raw);
    await approveSupport(moment, id, 'demo@example.org', { notable });
    // Counted as already mailed, so a running server never writes to these made-up people.
    const unsent = await deps.db.selectFrom('outbox').select('id').where('support_id', '=', id).where('sent_at', 'is', null).execute();
    await markSent(deps.db, unsent.map((m) => m.id), at);
  }
  return letters.length;
}
