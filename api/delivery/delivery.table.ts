import type { Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';

/** How a letter reached its recipient. */
export const deliveryMethods = ['email', 'post', 'in_person', 'online', 'other'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

/**
 * One delivery of a letter, with the list as it stood when it went: its counts and the moment
 * they were read, so "delivered with 512 signatures" stays true whatever happens after.
 */
export interface DeliveryTable {
  id: Generated<number>;
  letter: string;
  /** The day it was delivered (YYYY-MM-DD, in Wales), which may be before it was recorded. */
  delivered_on: string;
  recipient: string;
  method: DeliveryMethod;
  note: string | null;
  total: number;
  organisations: number;
  individuals: number;
  list_as_of: string;
  recorded_by: string;
  recorded_at: string;
  /** The snapshot of the list that went (api/snapshots/); null for deliveries recorded before snapshots existed. */
  snapshot_id: string | null;
}

/** The recipient's answer, published on the letter's page as it was received. */
export interface ReplyTable {
  id: Generated<number>;
  letter: string;
  received_on: string;
  /** Who answered (a name and office), as the reply is signed. */
  sender: string;
  body: string;
  /** The language the reply is written in, whichever page shows it. */
  lang: Locale;
  pdf: string | null;
  recorded_by: string;
  recorded_at: string;
}

export type Delivery = Selectable<DeliveryTable>;
export type NewDelivery = Insertable<DeliveryTable>;
export type Reply = Selectable<ReplyTable>;
