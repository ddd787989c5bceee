import type { Generated, Selectable } from 'kysely';

/** A campaigner's signed-in browser. The cookie holds a secret; only its hash is here. */
export interface AdminSessionTable {
  id: Generated<number>;
  hash: string;
  email: string;
  created_at: string;
  expires_at: string;
  /** Set by signing out: the cookie's secret opens nothing afterwards. */
  revoked_at: string | null;
}

export type AdminSession = Selectable<AdminSessionTable>;
