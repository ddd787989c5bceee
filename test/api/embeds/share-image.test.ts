import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { textOutline } from '../../../api/embeds/glyphs.ts';
import { letterCard } from '../../../api/embeds/letter-card.ts';
import { shareImage, shareImageSvg } from '../../../api/embeds/share-image.ts';
import { openLetter, testApp } from '../../helpers/app.ts';
import { verifiedSignature } from '../../helpers/signatures.ts';

describe('the share image of a letter', () => {
  it('is a 1200 × 630 PNG', async () => {
    const app = await testApp();
    const png = await shareImage(await letterCard(app, openLetter, 'en'));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('is made anew when someone’s signature is confirmed, showing the new count', async () => {
    const app = await testApp();
    const before = await letterCard(app, openLetter, 'en');
    await verifiedSignature(app);
    const after = await letterCard(app, openLetter, 'en');
    expect([before.count, after.count]).toEqual([0, 1]);
    expect(Buffer.from(await shareImage(after)).equals(Buffer.from(await shareImage(before)))).toBe(false);
  });

  it('is in Welsh for a Welsh page: the Welsh title and "llofnod"', async () => {
    const app = await testApp();
    const [en, cy] = [await letterCard(app, openLetter, 'en'), await letterCard(app, openLetter, 'cy')];
    expect(cy.title).toBe('Gwneud i gyd-gynhyrchu gyfrif yng Nghymru');
    expect(shareImageSvg(cy)).toContain(textOutline('0 llofnod', 52, 80, 583, 'bold'));
    expect(shareImageSvg(en)).toContain(textOutline('0 signatures', 52, 80, 583, 'bold'));
    expect(Buffer.from(await shareImage(cy)).equals(Buffer.from(await shareImage(en)))).toBe(false);
  });

  it('draws every word as outlines, so it needs no font on the machine', async () => {
    const app = await testApp();
    const svg = shareImageSvg(await letterCard(app, openLetter, 'cy'));
    expect(svg).not.toMatch(/<text|font-family/);
  });

  it('draws Welsh letters with their accents (ŵ ŷ â), not as the font’s missing-glyph box', () => {
    for (const [accented, plain] of [['ŵ', 'w'], ['ŷ', 'y'], ['â', 'a']] as const) {
      const outline = textOutline(accented, 60, 0, 0);
      expect(outline).not.toBe(textOutline('\u{10FFFF}', 60, 0, 0));
      // The letter plus its circumflex: more outline than the bare letter.
      expect(outline.length).toBeGreaterThan(textOutline(plain, 60, 0, 0).length);
    }
  });

  it('is made once for a burst of requests, and kept for the next', async () => {
    const app = await testApp();
    const card = { ...(await letterCard(app, openLetter, 'cy')), count: 987_654 };
    const burst = await Promise.all(Array.from({ length: 10 }, () => shareImage(card)));
    expect(new Set(burst).size).toBe(1);
    expect(await shareImage({ ...card })).toBe(burst[0]);
  });
});
