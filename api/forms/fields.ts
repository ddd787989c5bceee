import { z } from 'zod';
import type { ValidationKey } from '../i18n/validation/en.ts';
import { limited } from '../i18n/validation/problems.ts';
import { countryCodes } from '../places/countries.ts';

/**
 * The fields every form shares (a signature, a letter of support, a campaigner's sign-in), as
 * zod pieces: each input schema is put together from these, so a name or an address is checked
 * the same way wherever it is typed. No Node imports, so a browser can run them too.
 */

/** What a person typed, tidied: trimmed, NFC (so "ŵ" typed two ways is one name), runs of spaces folded. */
const tidy = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
export const codePoints = (s: string) => [...s].length;
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * Every message is a key of api/i18n/validation/en.ts (and cy.ts), checked here by the type:
 * `fieldMessages` puts it into words in the reader's language.
 */
export const key = (k: ValidationKey) => k;

type TextField = 'name' | 'organisation' | 'role' | 'place' | 'comment' | 'extract' | 'profile';

export const text = (field: TextField, max: number) =>
  z
    .string({ error: key(`${field}.notText`) })
    .transform(tidy)
    .refine((s) => codePoints(s) <= max, limited(`${field}.tooLong`, max))
    .refine((s) => !/[\p{Cc}\p{Cs}]/u.test(s), key(`${field}.unprintable`));

export const optionalText = (field: TextField, max: number) =>
  z.preprocess(blankToUndefined, text(field, max).optional()).transform((s) => s || undefined);

const looksLikeLink = /(https?:|www\.|:\/\/|\b[\p{L}\d-]+\.(com|org|net|uk|cymru|wales|io|info|biz|ru|xyz|link)\b)/iu;

/** Published text (name, organisation, role, place) never carries an address, even one typed into the wrong box. */
const looksLikeEmail = /[^\s@]+@[^\s@]+\.[^\s@]+/u;

export const publicText = (field: 'organisation' | 'role' | 'place', max: number) =>
  optionalText(field, max).refine((s) => !s || !looksLikeEmail.test(s), key(`${field}.email`));

/** A published field that must be answered. */
export const requiredPublicText = (field: 'organisation' | 'role', max: number) =>
  z
    .preprocess((v) => v ?? '', publicText(field, max))
    .refine((s) => s !== undefined, { message: key(`${field}.required`), abort: true })
    .transform((s) => s ?? '');

/** A person's name as it will be published. */
export const name = z.preprocess(
  (v) => v ?? '',
  text('name', 200)
    // Spaces, joiners and accents alone would be listed as a blank name.
    .refine((s) => !/^[\p{Z}\p{Cf}\p{M}]*$/u.test(s), { message: key('name.required'), abort: true })
    .refine((s) => !looksLikeEmail.test(s), key('name.email'))
    .refine((s) => !looksLikeLink.test(s), key('name.link')),
);

/** An address as typed (trimmed, ASCII, ≤ 254): signers', authors' and campaigners' forms share it. */
export const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z
    .string({ error: key('email.required') })
    .min(1, key('email.required'))
    .max(254, key('email.tooLong'))
    .refine((s) => /^[\x21-\x7e]+$/.test(s), { message: key('email.notAscii'), abort: true })
    .pipe(z.email(key('email.format'))),
);

export const country = z.preprocess(
  blankToUndefined,
  z.string({ error: key('country.required') }).refine((c) => countryCodes.includes(c), key('country.unknown')),
);

/**
 * Checkboxes post "on"; JSON posts booleans; both mean the same. An unticked box is absent
 * from a form, so absent means no: nothing (least of all a name) is published by default.
 */
export const flag = () =>
  z.preprocess((v) => {
    if (v === undefined || v === null || v === '') return false;
    if (typeof v === 'string') return ['true', 'on', '1', 'yes'].includes(v.toLowerCase());
    return v;
  }, z.boolean({ error: key('flag.yesNo') }));

/**
 * Plain text that keeps its paragraphs (a letter of support, a reader's comment): line ends are
 * made one kind, trailing spaces and runs of blank lines are trimmed, and nothing else is
 * touched. Tabs and line breaks are the only control characters it may hold.
 */
const tidyParagraphs = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

export const paragraphsText = (field: 'body' | 'commentBody' | 'board.body', max: number) =>
  z.preprocess(
    (v) => v ?? '',
    z
      .string({ error: key(`${field}.notText`) })
      .transform(tidyParagraphs)
      .refine((s) => s !== '', { message: key(`${field}.required`), abort: true })
      .refine((s) => codePoints(s) <= max, limited(`${field}.tooLong`, max))
      .refine((s) => !/[\p{Cs}\x00-\x08\x0b-\x1f\x7f-\x9f]/u.test(s), key(`${field}.unprintable`)),
  );

/** Explicit consent: signing or writing about a political letter reveals political opinion. */
export const consent = (message: 'consent.required' | 'consent.letterRequired' | 'consent.requestRequired' = 'consent.required') => flag().refine((v) => v, key(message));
