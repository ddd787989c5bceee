import { describe, expect, it } from 'vitest';
import { cy as errorsCy } from '../../../api/i18n/errors/cy.ts';
import { en as errorsEn } from '../../../api/i18n/errors/en.ts';
import { cy as validationCy } from '../../../api/i18n/validation/cy.ts';
import { aSigner, closedLetter, openLetter, origin, testApp } from '../../helpers/app.ts';
import { type TestApp as App, pendingSignature } from '../../helpers/signatures.ts';

const path = `/api/letters/${openLetter}/signatures`;
const welsh = { 'accept-language': 'cy' };

const rawPost = (app: App, type: string, body: string, headers: Record<string, string>) =>
  app.api.request(path, { method: 'POST', headers: { 'content-type': type, ...headers }, body });

/** A body with something wrong in every field the form has. */
const wrongEverywhere = {
  name: 'www.example.com',
  email: 'nope',
  kind: 'robot',
  organisation: 'o'.repeat(201),
  role: 'ask role@example.org',
  place: '\u0000',
  country: 'XX',
  area: 'W06000099',
  comment: 'c'.repeat(501),
  show_name: { yes: true },
  updates: 7,
  consent: false,
};

describe('API errors', () => {
  describe('when the caller reads Welsh (Accept-Language: cy)', () => {
    it('answers a 422 with Welsh messages for every field, and the same code and field names as in English', async () => {
      const app = await testApp();
      const english = await (await app.post(path, wrongEverywhere)).json();
      const res = await app.post(path, wrongEverywhere, welsh);
      expect(res.status).toBe(422);
      const { error } = await res.json();

      expect(error.code).toBe(english.error.code);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(errorsCy.invalid_input);
      expect(Object.keys(error.fields).sort()).toEqual(Object.keys(english.error.fields).sort());
      expect(Object.keys(error.fields).sort()).toEqual(
        ['area', 'comment', 'consent', 'country', 'email', 'kind', 'name', 'organisation', 'place', 'role', 'show_name', 'updates'],
      );
      for (const [field, message] of Object.entries<string>(error.fields)) {
        expect(message, field).not.toBe(english.error.fields[field]);
        expect(message.trim(), field).not.toBe('');
      }
      expect(error.fields).toMatchObject({
        name: validationCy['name.link'],
        email: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
        kind: 'Dewiswch unigolyn neu sefydliad',
        organisation: "Rhaid i enw'r sefydliad fod yn 200 nod neu lai",
        role: validationCy['role.email'],
        place: validationCy['place.unprintable'],
        country: "Dewiswch wlad o'r rhestr",
        area: "Dewiswch awdurdod lleol o'r rhestr",
        comment: "Rhaid i'r sylw fod yn 500 nod neu lai",
        consent: 'Ticiwch y blwch i gytuno i ni gadw eich llofnod',
      });
      expect(await app.rowCount('signatures')).toBe(0);
    });

    it('says what is missing in Welsh too', async () => {
      const app = await testApp();
      const { error } = await (await app.post(path, {}, welsh)).json();
      expect(error.fields).toEqual({
        name: 'Rhowch eich enw',
        email: 'Rhowch eich cyfeiriad e-bost',
        country: 'Dewiswch eich gwlad',
        consent: 'Ticiwch y blwch i gytuno i ni gadw eich llofnod',
      });
    });

    it.each([
      ['an unknown letter', 404, 'not_found', errorsCy.not_found.letter, (app: App) => app.post('/api/letters/no-such-letter/signatures', aSigner(), welsh)],
      ['an unknown endpoint', 404, 'not_found', errorsCy.not_found.endpoint, (app: App) => app.get('/api/nothing-here', welsh)],
      ['a closed letter', 409, 'letter_closed', errorsCy.letter_closed, (app: App) => app.post(`/api/letters/${closedLetter}/signatures`, aSigner(), welsh)],
      ['an unknown link', 404, 'token_invalid', errorsCy.token_invalid.unknown, (app: App) => app.post('/api/signatures/confirm', { token: 'A'.repeat(43) }, welsh)],
      ['a missing token', 422, 'invalid_input', errorsCy.invalid_input, (app: App) => app.post('/api/signatures/confirm', {}, welsh)],
      ['malformed JSON', 400, 'bad_request', errorsCy.bad_request, (app: App) => rawPost(app, 'application/json', '{"name":', welsh)],
      ['a body that is neither JSON nor a form', 415, 'unsupported_media_type', errorsCy.unsupported_media_type, (app: App) => rawPost(app, 'text/plain', 'Siân', { ...welsh, origin })],
      ['a body over 64 KB', 413, 'payload_too_large', "Mae'r cais yn fwy na 64 KB.", (app: App) => app.post(path, aSigner({ comment: 'x'.repeat(65 * 1024) }), welsh)],
      ['a form from another site', 403, 'forbidden', errorsCy.forbidden, (app: App) => app.postForm(path, { name: 'Siân' }, { ...welsh, origin: 'https://evil.example' })],
    ])('answers %s in Welsh, with the usual status and code', async (_, status, code, message, send) => {
      const app = await testApp();
      const res = await send(app);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toMatchObject({ code, message });
    });

    it('names the token in a 422 in Welsh', async () => {
      const app = await testApp();
      const { error } = await (await app.post('/api/signatures/withdraw', { token: '' }, welsh)).json();
      expect(error.fields).toEqual({ token: "Anfonwch y tocyn o'r ddolen" });
    });

    it('keeps the reason of a used link, in Welsh', async () => {
      const app = await testApp();
      const { confirm } = await pendingSignature(app);
      await app.post('/api/signatures/confirm', { token: confirm });
      const { error } = await (await app.post('/api/signatures/confirm', { token: confirm }, welsh)).json();
      expect(error).toEqual({ code: 'token_invalid', reason: 'used', message: errorsCy.token_invalid.used });
    });
  });

  describe('which language', () => {
    it.each([
      ['no Accept-Language', undefined, errorsEn.letter_closed],
      ['English only', 'en-GB,en;q=0.9', errorsEn.letter_closed],
      ['Welsh with a region', 'cy-GB', errorsCy.letter_closed],
      ['English preferred over Welsh', 'en;q=0.9,cy;q=0.5', errorsEn.letter_closed],
      ['Welsh preferred over English', 'en;q=0.5,cy;q=0.9', errorsCy.letter_closed],
      ['neither (French)', 'fr-FR,fr', errorsEn.letter_closed],
      ['French first, then Welsh', 'fr,cy;q=0.8', errorsCy.letter_closed],
      ['Welsh refused (q=0)', 'cy;q=0', errorsEn.letter_closed],
    ])('answers %s in the language asked for, English otherwise', async (_, acceptLanguage, message) => {
      const app = await testApp();
      const headers: Record<string, string> = acceptLanguage ? { 'accept-language': acceptLanguage } : {};
      const { error } = await (await app.post(`/api/letters/${closedLetter}/signatures`, aSigner(), headers)).json();
      expect(error).toEqual({ code: 'letter_closed', message });
    });
  });
});
