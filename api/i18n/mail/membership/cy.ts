import { formatDay, formatTime } from '../../format.ts';
import type { MembershipMailMessages } from './en.ts';

const when = (at: Date) => `${formatTime(at, 'cy')} ar ${formatDay(at, 'cy')}`;

/** Negeseuon e-bost aelod o'r rhwydwaith am fewngofnodi a'r cwestiwn blynyddol, yn Gymraeg. */
export const cy: MembershipMailMessages = {
  signIn: {
    subject: "Eich dolen i fewngofnodi i'r rhwydwaith",
    body: "Mae rhywun, chi mae'n debyg, wedi gofyn am gael mewngofnodi i'r rhwydwaith cyd-gynhyrchu gyda'r cyfeiriad e-bost hwn. Defnyddiwch y botwm i fewngofnodi a gweld eich proffil.",
    button: "Mewngofnodi i'r rhwydwaith",
    expiry: (minutes: number, until: Date) => `Mae'r ddolen yn gweithio unwaith, am ${minutes} munud, tan ${when(until)} (amser y DU).`,
    notYou: "Os na wnaethoch chi ofyn amdani, anwybyddwch yr e-bost hwn: all neb fewngofnodi heb y ddolen.",
  },
  reconfirm: {
    subject: "Ydych chi'n dal yn weithgar yn y rhwydwaith cyd-gynhyrchu?",
    body: "Unwaith y flwyddyn rydym yn gofyn i bob aelod a ydyn nhw'n dal yn weithgar, fel bod y cyfeiriadur yn rhestru pobl a sefydliadau sydd. Os ydych chi, pwyswch y botwm: dyna'r cyfan.",
    button: "Ydw, rwy'n dal yn weithgar",
    lapse: (days: number) =>
      `Os na chlywn ni ddim o fewn ${days} diwrnod, bydd eich cofnod yn gadael y cyfeiriadur ac ni fyddwch yn cael eich cyfrif mwyach, ond byddwch yn dal yn aelod: mae'r ddolen hon, neu'r botwm ar eich proffil, yn dod â chi'n ôl gydag un clic.`,
    leave: "Os byddai'n well gennych adael y rhwydwaith, mewngofnodwch a dewis “Gadael y rhwydwaith” ar eich proffil.",
  },
};
