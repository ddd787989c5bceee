import type { CommentWords } from './en.ts';

export const cy: CommentWords = {
  formerMember: 'Cyn-aelod',
};
