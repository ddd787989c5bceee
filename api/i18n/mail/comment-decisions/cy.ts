import type { en } from './en.ts';

/** Yr hyn a glyw awdur sylw am benderfyniad ymgyrchydd arno, yn Gymraeg; yr un allweddi ag en.ts. */
export const cy: typeof en = {
  approved: {
    subject: 'Mae eich sylw wedi’i gyhoeddi',
    body: 'Diolch am eich sylw ar flog yr ymgyrch. Mae ymgyrchydd wedi’i ddarllen, ac mae bellach wedi’i gyhoeddi o dan y cofnod i bawb ei ddarllen.',
    later: 'Bydd eich sylwadau nesaf yn ymddangos ar unwaith, oni bai bod un o reolau’r wefan yn dal un yn ôl i ymgyrchydd ei ddarllen yn gyntaf.',
    link: 'Gweld eich sylw',
  },
  rejected: {
    subject: 'Ni chyhoeddwyd eich sylw',
    body: 'Diolch am eich sylw ar flog yr ymgyrch. Mae ymgyrchydd wedi’i ddarllen ac, yn anffodus, ni fydd yn ei gyhoeddi o dan y cofnod.',
    reason: (reason: string) => `Rheswm yr ymgyrchydd: ${reason}`,
    contact: 'Os ydych chi’n credu bod hyn yn gamgymeriad, atebwch yr e-bost hwn a bydd ymgyrchydd yn edrych arno eto.',
    link: 'Darllen y cofnod',
  },
};
