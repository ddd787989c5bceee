/** Words the comments' public reads (the JSON, the feeds, the page) put in place of a name. */
export const en = {
  /** A member of the network wrote it signed in, and has since left: their name goes with their profile. */
  formerMember: 'Former member',
};

export type CommentWords = typeof en;
