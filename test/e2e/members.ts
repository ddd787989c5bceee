import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { type browserUnderTest, languages } from './browser.ts';

/** The path of a member's sign-in link in a caught mail. */
export const memberSignInPath = (text: string | undefined) => new URL(/https?:\/\/\S+\/network\/sign-in\/[A-Za-z0-9_-]+/.exec(text ?? '')![0]).pathname;

/** A member signs in on this page as they do: asks for a link, opens it from the mail, presses the button, lands on their profile. */
export async function memberSignsIn(site: ReturnType<typeof browserUnderTest>, page: Page, email: string, prefix: string): Promise<void> {
  await page.goto(`${prefix}/network/sign-in`);
  const before = site.mailCount(email);
  await page.fill('#email', email);
  await Promise.all([page.waitForURL(`**${prefix}/network/sign-in/sent`), page.locator('main form button[type="submit"]').click()]);
  await page.goto(memberSignInPath((await site.nextMailTo(email, before)).text));
  await Promise.all([page.waitForURL(`**${prefix}/network/profile`), page.locator('main form button[type="submit"]').click()]);
}

/** The server's own database, open for the file's tests: members are rows put there, as the other half of the network's work would. */
export function serverDatabase(site: ReturnType<typeof browserUnderTest>): () => Db {
  let db: Db | undefined;
  beforeAll(async () => {
    db = await connectDb(site.database);
  });
  afterAll(async () => db?.destroy());
  return () => {
    if (!db) throw new Error('the database is not open');
    return db;
  };
}

/** Each language, with JavaScript on and off: a journey's four runs. */
export const languagesAndScript = languages.flatMap((language) => [true, false].map((javaScriptEnabled) => ({ ...language, javaScriptEnabled })));
