import type { en } from './en.ts';

/** Sylwadau i aelodau yn unig o dan gofnod blog (`comments: members`), a ffurflen sylw aelod, yn Gymraeg. */
export const cy: typeof en = {
  onlyMembers: "Dim ond aelodau'r rhwydwaith sy'n gallu rhoi sylwadau ar y cofnod hwn.",
  signIn: 'Mewngofnodwch fel aelod i roi sylw',
  join: "Ymuno â'r rhwydwaith",
  as: (name: string) => `Rydych chi'n rhoi sylw fel ${name}, aelod o'r rhwydwaith. Bydd eich sylw'n ymddangos ar unwaith oni bai bod angen i ymgyrchydd ei ddarllen yn gyntaf (os oes dolenni ynddo, er enghraifft).`,
  changeName: 'Newid yr enw yn eich proffil',
  tag: 'Aelod',
};
