/** The board's mails (a coordinator removed a post; the digest of new threads), in English. */
export const en = {
  removed: {
    subject: 'A coordinator removed your post on the network’s board',
    body: (title: string) => `A coordinator of the co-production network removed your post in the thread “${title}” from the members’ board.`,
    reason: (reason: string) => `The reason they gave: ${reason}`,
    rules: 'Your other posts are not affected. If you think this was a mistake, reply to this email.',
  },
  digest: {
    subject: (n: number) => (n === 1 ? 'A new thread on the network’s board' : `${n} new threads on the network’s board`),
    intro: 'Members of the co-production network started these threads since our last email:',
    thread: (title: string, author: string) => `${title} (${author})`,
    formerMember: 'Former member',
    board: 'Open the board',
    stop: 'You get this email because you asked for it on your profile. To stop it, use this link (it only stops these emails):',
    stopLabel: 'Stop these emails',
  },
};

export type BoardMailMessages = typeof en;
