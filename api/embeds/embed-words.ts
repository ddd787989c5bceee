import { cy } from '../i18n/embeds/cy.ts';
import { type EmbedMessages, en } from '../i18n/embeds/en.ts';
import type { Locale } from '../i18n/locale.ts';

/** The words of the share image, badge and oEmbed answer, by language. */
export const embedMessages: Record<Locale, EmbedMessages> = { en, cy };
