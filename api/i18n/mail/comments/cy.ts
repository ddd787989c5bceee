import { formatDay, formatNumber, formatTime } from '../../format.ts';
import type { CommentMailMessages } from './en.ts';

/** Y negeseuon at ddarllenydd a roddodd sylw ar gofnod (api/comments/), yn Gymraeg. */
const when = (at: Date) => `${formatTime(at, 'cy')} ar ${formatDay(at, 'cy')}`;
const days = (count: number) => (count === 1 ? '1 diwrnod' : `${formatNumber(count, 'cy')} diwrnod`);

export const cy: CommentMailMessages = {
  greeting: (name: string) => `Annwyl ${name},`,
  readPost: 'Darllen y cofnod',
  confirm: {
    subject: (title: string) => `Cadarnhewch eich sylw: ${title}`,
    body: (title: string) =>
      `Diolch am eich sylw ar “${title}”. Cadarnhewch mai hwn yw eich cyfeiriad e-bost. Dim ond unwaith y mae angen gwneud hyn: ni fydd eich sylwadau nesaf yn gofyn eto.`,
    button: 'Cadarnhau fy nghyfeiriad e-bost',
    next: "Mae ymgyrchydd yn darllen sylw cyntaf rhywun newydd cyn iddo ymddangos; wedi hynny, bydd eich sylwadau'n ymddangos ar unwaith.",
    expiry: (validDays: number, until: Date) =>
      `Mae'r ddolen yn gweithio am ${days(validDays)}, tan ${when(until)} (amser y DU). Os nad chi ysgrifennodd y sylw hwn, anwybyddwch yr e-bost hwn ac ni chaiff dim ei gyhoeddi.`,
  },
  posted: {
    subject: (title: string) => `Eich sylw ar “${title}”`,
    published: (title: string) => `Diolch am eich sylw ar “${title}”. Mae wedi'i gyhoeddi.`,
    waiting: (title: string) => `Diolch am eich sylw ar “${title}”. Mae'n aros i ymgyrchydd ei gymeradwyo; cewch wybod pan fyddan nhw wedi gwneud.`,
    edit: (until: Date) => `Gallwch ei gywiro neu ei ddileu tan ${when(until)} (amser y DU), gyda'r ddolen hon:`,
    button: 'Golygu neu ddileu fy sylw',
    keep: "Cadwch yr e-bost hwn i chi'ch hun: gall unrhyw un sydd â'r ddolen newid eich sylw tan hynny.",
  },
};
