import { describe, expect, it } from 'vitest';
import { fieldErrors, signatureInputSchema, tokenInputSchema } from '../../../api/signatures/signature.schema.ts';
import { aSigner } from '../../helpers/app.ts';

/** What the pages do with a form that needs correcting: parse, then `fieldErrors(error, locale)`. */
function errorsFor(body: unknown, locale?: 'en' | 'cy') {
  const parsed = signatureInputSchema.safeParse(body);
  if (parsed.success) throw new Error('expected the body to be refused');
  return locale ? fieldErrors(parsed.error, locale) : fieldErrors(parsed.error);
}

describe('fieldErrors(error, locale)', () => {
  it('speaks English by default and when asked', () => {
    const body = aSigner({ name: '', email: 'sian@' });
    expect(errorsFor(body)).toEqual({ name: 'Enter your name', email: 'Enter an email address in the correct format, like name@example.com' });
    expect(errorsFor(body, 'en')).toEqual(errorsFor(body));
  });

  it('speaks Welsh for a Welsh page, for the same fields', () => {
    expect(errorsFor(aSigner({ name: '', email: 'sian@' }), 'cy')).toEqual({
      name: 'Rhowch eich enw',
      email: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
    });
  });

  it('puts the limit into each language’s numbers', () => {
    const body = aSigner({ name: 'a'.repeat(201), email: `${'s'.repeat(250)}@example.org` });
    expect(errorsFor(body, 'en')).toEqual({ name: 'Your name must be 200 characters or fewer', email: 'Email address must be 254 characters or fewer' });
    expect(errorsFor(body, 'cy')).toEqual({ name: "Rhaid i'ch enw fod yn 200 nod neu lai", email: "Rhaid i'r cyfeiriad e-bost fod yn 254 nod neu lai" });
  });

  it('asks an organisation for its name, type and website in either language', () => {
    const body = aSigner({ kind: 'organisation' });
    expect(errorsFor(body, 'en')).toEqual({
      organisation: 'Enter the name of your organisation',
      organisation_type: 'Choose the type of organisation',
      website: "Enter your organisation's website",
    });
    expect(errorsFor(body, 'cy')).toEqual({
      organisation: 'Rhowch enw eich sefydliad',
      organisation_type: 'Dewiswch y math o sefydliad',
      website: 'Rhowch wefan eich sefydliad',
    });
  });

  it('explains an accented email address in Welsh', () => {
    expect(errorsFor(aSigner({ email: 'siân@example.cymru' }), 'cy').email).toMatch(/llythrennau acennog/);
  });

  it('words the token schema’s problem too', () => {
    const parsed = tokenInputSchema.safeParse({});
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrors(parsed.error, 'cy')).toEqual({ token: "Anfonwch y tocyn o'r ddolen" });
  });
});
