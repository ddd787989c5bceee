import type { Db } from './db/database.ts';
import type { LetterCatalogue } from './letters/letter.catalogue.ts';

/** What every service needs; tests build it with a fresh database and a fixed clock. */
export type Deps = {
  db: Db;
  letters: LetterCatalogue;
  clock: () => Date;
};
