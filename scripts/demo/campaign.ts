import type { Locale } from '../../api/i18n/locale.ts';
import {
  abroadOrganisations,
  abroadRoles,
  comments,
  englishFirstNames,
  englishSurnames,
  fictionalPlaces,
  fictionalWelshPlaces,
  individualRoles,
  organisationKinds,
  townsAbroad,
  walesTowns,
  welshFirstNames,
  welshOrganisationKinds,
  welshSurnames,
} from './people.ts';
import type { Random } from './random.ts';

/** One demo signer: the body they would post, and where they would post it from. */
export type Person = { body: Record<string, unknown>; locale: Locale };

/** A signature to replay through the services at its own moments. */
export type Planned = Person & { signedAt: Date; verifiedAt?: Date; withdrawnAt?: Date };

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const countries = [
  ['GB-WLS', 84],
  ['GB-ENG', 6],
  ['GB-SCT', 4],
  ['US', 3],
  ['AU', 3],
] as const;

/** Letters and spaces only, for the local part of a made-up address. */
const ascii = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');

/** Makes up people and organisations; every organisation appears once per cast. */
export function castOf(rng: Random) {
  const organisations = rng.shuffle([
    ...[...fictionalPlaces, ...fictionalWelshPlaces].flatMap((place) =>
      organisationKinds.map((k) => ({ name: `${place} ${k.suffix}`, role: k.role })),
    ),
    ...fictionalWelshPlaces.flatMap((place) => welshOrganisationKinds.map((k) => ({ name: `${k.prefix} ${place}`, role: k.role }))),
  ]);
  const abroadLeft = Object.fromEntries(Object.entries(abroadOrganisations).map(([c, names]) => [c, [...names]]));
  let serial = 0;
  let areaTurn = 0;
  const areaCodes = Object.keys(walesTowns);
  const areaWeights = Object.entries(walesTowns).map(([code, { weight }]) => [code, weight] as const);

  function person(): Person {
    const country = rng.weighted(countries);
    const inWales = country === 'GB-WLS';
    // A letter's first new signers in Wales go round every area once, so no area is left empty.
    const area = inWales ? (areaTurn < areaCodes.length ? areaCodes[areaTurn++]! : rng.weighted(areaWeights)) : undefined;
    const place = area ? rng.pick(walesTowns[area]!.towns) : rng.pick(townsAbroad[country]!);
    const first = inWales && rng.chance(0.65) ? rng.pick(welshFirstNames) : rng.pick(englishFirstNames);
    const last = inWales && rng.chance(0.7) ? rng.pick(welshSurnames) : rng.pick(englishSurnames);
    const name = `${first} ${last}`;
    const locale: Locale = inWales && rng.chance(0.3) ? 'cy' : 'en';
    // Every flag is sent, as the form does: an absent one means no.
    const common = { country, area, place, consent: true, updates: rng.chance(0.4) };
    const comment = rng.chance(0.22)
      ? rng.pick(locale === 'cy' ? comments.cy : comments[inWales ? 'en' : 'abroad'])
      : undefined;

    const abroadOrg = () => {
      const orgName = abroadLeft[country]?.pop();
      return orgName ? { name: orgName, role: rng.pick(abroadRoles) } : undefined;
    };
    const org = inWales ? (rng.chance(0.28) ? organisations.pop() : undefined) : rng.chance(0.4) ? abroadOrg() : undefined;
    if (org) {
      return {
        locale,
        body: {
          ...common,
          kind: 'organisation',
          name,
          organisation: org.name,
          // The cast is community groups; their mail is at their website's domain, so each is verified on confirming.
          organisation_type: 'third_sector',
          website: `https://www.${ascii(org.name)}.example.net/`,
          role: org.role,
          comment,
          show_name: true,
          email: `hello@${ascii(org.name)}.example.net`,
        },
      };
    }
    const role = inWales ? (rng.chance(0.6) ? rng.pick(individualRoles) : undefined) : rng.pick(abroadRoles);
    return {
      locale,
      body: {
        ...common,
        kind: 'individual',
        name,
        role,
        comment,
        show_name: !rng.chance(0.08),
        email: `${ascii(first)}.${ascii(last)}.${++serial}@example.org`,
      },
    };
  }
  /** Each letter's new signers in Wales go round the areas again. */
  const nextLetter = () => {
    areaTurn = 0;
  };
  return { person, nextLetter };
}

/** A moment in [from, to], crowded towards the launch as real campaigns are. */
const launchHeavy = (rng: Random, from: number, to: number) => from + (to - from) * rng.next() ** 1.8;

/**
 * The signatures of one letter over [from, to]: `verified` confirmed within a day of signing,
 * plus, for a letter still open, a few waiting for confirmation and a few withdrawn.
 */
export function planLetter(
  rng: Random,
  people: () => Person,
  window: { from: Date; to: Date; open: boolean },
  verified: number,
  returning: Person[] = [],
): Planned[] {
  const from = window.from.getTime();
  const to = window.to.getTime();
  // Many who signed the earlier letter sign the new one too.
  const pool = rng.shuffle(returning).slice(0, Math.round(verified * 0.35));
  const nextPerson = () => pool.pop() ?? people();
  const plans: Planned[] = [];
  for (let i = 0; i < verified; i++) {
    const signed = launchHeavy(rng, from, to - 30 * minute);
    const confirmed = Math.min(signed + 5 * minute + rng.next() ** 3 * 20 * hour, to);
    plans.push({ ...nextPerson(), signedAt: new Date(signed), verifiedAt: new Date(confirmed) });
  }
  if (window.open) {
    for (let i = 0; i < 8; i++) plans.push({ ...nextPerson(), signedAt: new Date(to - rng.next() * 3 * day) });
    for (let i = 0; i < 3; i++) {
      const signed = from + rng.next() * (to - from - 10 * day);
      plans.push({
        ...nextPerson(),
        signedAt: new Date(signed),
        verifiedAt: new Date(signed + hour),
        withdrawnAt: new Date(signed + (2 + rng.next() * 5) * day),
      });
    }
  }
  // In signing order, so ids rise with time as they do in real use.
  return plans.sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
}
