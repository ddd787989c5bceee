import type { Generated, Selectable } from 'kysely';

export const tokenPurposes = ['confirm', 'withdraw', 'unsubscribe'] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];

/** Only the SHA-256 of a token is stored; the token itself exists in the mail alone. */
export interface TokenTable {
  id: Generated<number>;
  signature_id: number;
  purpose: TokenPurpose;
  hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type Token = Selectable<TokenTable>;
