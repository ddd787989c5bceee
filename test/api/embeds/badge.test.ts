import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { badgeSvg } from '../../../api/embeds/badge.ts';
import { letterCard } from '../../../api/embeds/letter-card.ts';
import { openLetter, testApp } from '../../helpers/app.ts';
import { verifiedSignature } from '../../helpers/signatures.ts';

const widthOf = (svg: string) => Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);

describe('the badge of a letter', () => {
  it('says "Llofnod | 1 signed" with the live count, and the whole sentence in its <title>', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const svg = badgeSvg(await letterCard(app, openLetter, 'en'));
    expect(svg).toContain('>Llofnod</text>');
    expect(svg).toContain('>1 signed</text>');
    expect(svg).toContain('<title>Make co-production count in Wales: 1 signed</title>');
  });

  it('says it in Welsh on a Welsh address', async () => {
    const app = await testApp();
    const svg = badgeSvg(await letterCard(app, openLetter, 'cy'));
    expect(svg).toContain('>0 wedi llofnodi</text>');
    expect(svg).toContain('lang="cy"');
  });

  it('is well-formed SVG that draws, and grows with the number', async () => {
    const app = await testApp();
    const card = await letterCard(app, openLetter, 'en');
    const small = badgeSvg(card);
    const large = badgeSvg({ ...card, count: 1_234_567 });
    expect(large).toContain('>1,234,567 signed</text>');
    for (const svg of [small, large]) {
      expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ format: 'svg', height: 20, width: widthOf(svg) });
    }
    expect(widthOf(large)).toBeGreaterThan(widthOf(small));
  });

  it('puts a title into the SVG as text, never as markup', async () => {
    const app = await testApp();
    const card = { ...(await letterCard(app, openLetter, 'en')), title: 'Fish & chips <script>alert("x")</script>' };
    const svg = badgeSvg(card);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('Fish &amp; chips &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ format: 'svg' });
  });
});
