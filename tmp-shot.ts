import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 300, height: 200 } });
for (const [name, url] of [['embed-en', '/letters/make-co-production-count/embed'], ['embed-cy', '/cy/letters/co-production-at-the-heart/embed']]) {
  await p.goto('http://127.0.0.1:4391' + url);
  await p.screenshot({ path: `/tmp/${name}.png` });
  console.log(name, await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]));
}
const q = await b.newPage({ viewport: { width: 1000, height: 1400 } });
await q.goto('http://127.0.0.1:4391/cy/letters/make-co-production-count');
await q.locator('.embed-codes').screenshot({ path: '/tmp/codes.png' });
await b.close();
