import type { AstroGlobal } from 'astro';
import { clientAddress } from '../../api/abuse/client-address.ts';
import { defaultAbusePolicy } from '../../api/abuse/sign-limits.ts';
import { findComment } from '../../api/comments/comment-moderation.repository.ts';
import type { Comment } from '../../api/comments/comment.table.ts';
import type { Deps } from '../../api/deps.ts';
import { numericId } from '../../api/http/download.ts';

/** The published comment a report page is about, only if it hangs under the post in its address. */
export async function reportableComment(deps: Deps, slug: string, rawId: string): Promise<Comment | undefined> {
  const id = numericId(rawId);
  const comment = id ? await findComment(deps.db, id) : undefined;
  return comment && comment.state === 'published' && comment.post === slug ? comment : undefined;
}

/** The reader's address, found as the API finds it (api/abuse/client-address.ts). */
export function readerAddress(astro: Pick<AstroGlobal, 'clientAddress' | 'request'>, deps: Deps): string | undefined {
  let peer: string | undefined;
  try {
    peer = astro.clientAddress;
  } catch {
    // A request made inside the process has no socket, so no address.
  }
  return clientAddress(peer, astro.request.headers.get('x-forwarded-for'), (deps.abuse ?? defaultAbusePolicy).trustProxy);
}
