import type { BoardMailMessages } from './en.ts';

/** Negeseuon e-bost y bwrdd trafod, yn Gymraeg. */
export const cy: BoardMailMessages = {
  removed: {
    subject: 'Mae cydlynydd wedi dileu eich neges ar fwrdd y rhwydwaith',
    body: (title: string) => `Mae un o gydlynwyr y rhwydwaith cydgynhyrchu wedi dileu eich neges yn y drafodaeth “${title}” oddi ar fwrdd yr aelodau.`,
    reason: (reason: string) => `Y rheswm a roddwyd: ${reason}`,
    rules: 'Nid yw hyn yn effeithio ar eich negeseuon eraill. Os ydych yn credu mai camgymeriad oedd hyn, atebwch yr e-bost hwn.',
  },
  digest: {
    subject: (n: number) => (n === 1 ? 'Trafodaeth newydd ar fwrdd y rhwydwaith' : `${n} trafodaeth newydd ar fwrdd y rhwydwaith`),
    intro: 'Dyma’r trafodaethau a ddechreuodd aelodau’r rhwydwaith cydgynhyrchu ers ein e-bost diwethaf:',
    thread: (title: string, author: string) => `${title} (${author})`,
    formerMember: 'Cyn-aelod',
    board: 'Agor y bwrdd',
    stop: 'Rydych yn cael yr e-bost hwn am i chi ofyn amdano ar eich proffil. I’w atal, defnyddiwch y ddolen hon (dim ond yr e-byst hyn y mae’n eu hatal):',
    stopLabel: 'Atal yr e-byst hyn',
  },
};
