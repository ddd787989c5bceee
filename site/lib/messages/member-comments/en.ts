/** Members-only comments under a blog post (`comments: members`), and a member's comment form, in English. */
export const en = {
  onlyMembers: 'Only members of the network can comment on this post.',
  signIn: 'Sign in as a member to comment',
  join: 'Join the network',
  as: (name: string) => `You are commenting as ${name}, a member of the network. Your comment appears at once unless it needs a campaigner to read it first (links, for example).`,
  changeName: 'Change the name in your profile',
  tag: 'Member',
};
