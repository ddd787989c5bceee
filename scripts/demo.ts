/**
 * `npm run demo`: fills the configured database (DATA_DIR, default ./data) with an obviously
 * fictional campaign, replayed through the real services with the clock set to each moment,
 * so counters, states, tokens and the outbox are exactly what real signing leaves behind.
 */
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '../api/config.ts';
import { readCounts } from '../api/counts/counter.repository.ts';
import { connectDb, isPostgresUrl, sqliteFile } from '../api/db/connect.ts';
import { openReader } from '../api/db/reader.ts';
import type { Deps } from '../api/deps.ts';
import { loadLetterCatalogue, type Letter } from '../api/letters/letter.catalogue.ts';
import { letterStatus, startOfCampaignDay } from '../api/letters/letter.time.ts';
import { markSent } from '../api/mail/outbox.repository.ts';
import { emailKey } from '../api/signatures/email.ts';
import { findByEmailKey, updateSignature } from '../api/signatures/signature.repository.ts';
import { confirm, withdraw } from '../api/signatures/mailed-link.service.ts';
import { parseSignatureInput, sign } from '../api/signatures/signature.service.ts';
import { issueToken } from '../api/tokens/token.service.ts';
import { openLetter } from '../api/letters/letter.service.ts';
import { uploadStore } from '../api/uploads/upload.store.ts';
import { castOf, type Person, type Planned, planLetter } from './demo/campaign.ts';
import { seeded } from './demo/random.ts';
import { replaySupport } from './demo/support.ts';

const verifiedPerLetter = 250;
const minute = 60_000;

async function replay(base: Omit<Deps, 'clock'>, slug: string, p: Planned): Promise<void> {
  const { db } = base;
  const at = (when: Date): Deps => ({ ...base, clock: () => when });
  const signing = at(p.signedAt);
  await sign(signing, await openLetter(signing, slug), parseSignatureInput(p.body), p.locale);
  const signature = await findByEmailKey(db, slug, emailKey(String(p.body.email)));
  if (!signature) throw new Error(`demo signature for ${slug} was not stored`);
  await updateSignature(db, signature.id, { source: 'demo' });
  // Counted as already mailed, so a running server never writes to these made-up people.
  const unsent = await db.selectFrom('outbox').select('id').where('signature_id', '=', signature.id).where('sent_at', 'is', null).execute();
  await markSent(db, unsent.map((m) => m.id), p.signedAt);
  if (!p.verifiedAt) return;
  await confirm(at(p.verifiedAt), await issueToken(db, signature.id, 'confirm', p.signedAt));
  if (!p.withdrawnAt) return;
  await withdraw(at(p.withdrawnAt), await issueToken(db, signature.id, 'withdraw', p.verifiedAt));
}

/** From the letter's first minute to its last, or to now for a letter still open. */
function windowOf(letter: Letter, now: Date) {
  const from = new Date(startOfCampaignDay(letter.opens).getTime() + 30 * minute);
  const end = letter.closes ? startOfCampaignDay(new Date(letter.closes.getTime() + 86_400_000)).getTime() - 30 * minute : Infinity;
  return { from, to: new Date(Math.min(end, now.getTime() - 10 * minute)), open: letterStatus(letter, now) === 'open' };
}

function progress(done: number, total: number, slug: string): void {
  const line = `Signing: ${done}/${total}  (${slug})`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`);
  else if (done % 25 === 0 || done === total) console.log(line);
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env);
  const letters = loadLetterCatalogue(config.rootDir);
  const db = await connectDb(config);
  const reader = openReader(config);
  try {
    const { n } = await db
      .selectFrom('signatures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', '=', 'demo')
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) {
      const where = isPostgresUrl(config.databaseUrl) ? 'the PostgreSQL database' : sqliteFile(config);
      console.log(`The demo campaign is already in ${where} (${n} demo signatures); nothing to do.`);
      console.log(
        isPostgresUrl(config.databaseUrl)
          ? 'To start afresh, stop the servers, drop and create the database, then run npm run demo again.'
          : `To start afresh, stop the server and delete ${sqliteFile(config)}*, then run npm run demo again.`,
      );
      return;
    }

    const now = new Date();
    const rng = seeded(2026);
    const cast = castOf(rng);
    // Oldest letter first: its signers come back for the later ones.
    const targets = letters
      .list()
      .filter((l) => letterStatus(l, now) !== 'upcoming')
      .sort((a, b) => a.opens.getTime() - b.opens.getTime());
    let returning: Person[] = [];
    const plans = targets.map((letter) => {
      cast.nextLetter();
      const planned = planLetter(rng, cast.person, windowOf(letter, now), verifiedPerLetter, returning);
      returning = planned;
      return { letter, planned };
    });

    const total = plans.reduce((sum, p) => sum + p.planned.length, 0);
    console.log(`Demo campaign: ${total} fictional signatures on ${targets.length} letters into ${config.dataDir}`);
    let done = 0;
    const base = { db, reader, letters, uploads: uploadStore(config.dataDir) };
    for (const { letter, planned } of plans) {
      for (const p of planned) {
        await replay(base, letter.slug, p);
        progress(++done, total, letter.slug);
      }
    }
    const supportLetter = plans.find((p) => letterStatus(p.letter, now) === 'open')?.letter;
    if (supportLetter) {
      const sent = await replaySupport(base, supportLetter.slug, new Date(now.getTime() - 60 * minute));
      console.log(`Letters of support: ${sent} fictional ones published on ${supportLetter.slug}`);
    }

    console.log('\nletter                              verified  people  orgs  countries  areas  pending  withdrawn');
    for (const { letter } of plans) {
      const counts = await readCounts(db, letter.slug);
      const states = await db
        .selectFrom('signatures')
        .select(['state', sql<number>`count(*)`.as('n')])
        .where('letter', '=', letter.slug)
        .groupBy('state')
        .execute();
      const inState = (s: string) => Number(states.find((r) => r.state === s)?.n ?? 0);
      console.log(
        [
          letter.slug.padEnd(34),
          String(counts.total).padStart(9),
          String(counts.individuals).padStart(7),
          String(counts.organisations).padStart(5),
          String(Object.keys(counts.by_country).length).padStart(10),
          String(Object.keys(counts.by_area).length).padStart(6),
          String(inState('pending')).padStart(8),
          String(inState('withdrawn')).padStart(10),
        ].join(' '),
      );
    }
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Every address is at example.org/example.net; demo rows have source='demo'.`);
    console.log(`See it with npm start, then http://${config.host}:${config.port}/`);
  } finally {
    await reader.destroy();
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
