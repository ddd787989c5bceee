import type { AstroGlobal } from 'astro';
import { myCommentsCookie, myCommentsMaxAge, withMyComment } from '../../api/comments/comment.cookie.ts';
import { deleteComment, describeEditLink, editComment } from '../../api/comments/comment.edit.ts';
import { findPost } from '../../api/comments/comment.posts.ts';
import { commentsOf } from '../../api/comments/comment.repository.ts';
import { confirmCommenter, describeConfirmLink } from '../../api/comments/comment.service.ts';
import type { Comment } from '../../api/comments/comment.table.ts';
import { InvalidInputError, TokenInvalidError } from '../../api/errors.ts';
import { localised } from './locale.ts';
import { statusOf } from './mailed-link.ts';

/**
 * The pages a commenter's mailed links open (outside [...locale]: see
 * site/pages/comments/confirm/[token].astro). GET describes; POST acts once and sends the reader
 * back to the post, with the cookie that lets them see their own waiting comment.
 */
export type CommentLinkOutcome =
  | { kind: 'confirm'; postTitle: string }
  | { kind: 'edit'; postTitle: string; comment: Comment; values: { body?: string }; errors: Record<string, string> }
  | { kind: 'invalid'; reason: TokenInvalidError['reason'] };

const titleOf = (slug: string, lang: 'en' | 'cy') => {
  const post = findPost(slug);
  return post ? (post.translations[lang] ?? post).title : slug;
};

async function remember(astro: AstroGlobal, ids: number[]) {
  const { db } = astro.locals.runtime.deps;
  astro.cookies.set(myCommentsCookie, await withMyComment(db, astro.cookies.get(myCommentsCookie)?.value, ...ids), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: myCommentsMaxAge,
    secure: new URL(astro.request.url).protocol === 'https:',
  });
}

export async function commentLinkPage(astro: AstroGlobal, purpose: 'confirm' | 'edit'): Promise<Response | CommentLinkOutcome> {
  const { deps } = astro.locals.runtime;
  const lang = astro.locals.lang;
  const token = astro.params.token ?? '';
  // No post to go back to (its comments all went): the blog.
  const back = (slug: string, search = '', anchor = '') => astro.redirect(slug ? `${localised(`/blog/${slug}`, lang)}${search}${anchor}` : localised('/blog', lang), 303);
  try {
    if (purpose === 'confirm') {
      if (astro.request.method === 'POST') {
        const { post, comments } = await confirmCommenter(deps, token);
        await remember(astro, comments);
        const last = comments.at(-1);
        return back(post, '?sent=held', last ? `#comment-${last}` : '');
      }
      const commenter = await describeConfirmLink(deps, token);
      const [waiting] = await commentsOf(deps.db, commenter.id, ['unconfirmed']);
      return { kind: 'confirm', postTitle: waiting ? titleOf(waiting.post, lang) : '' };
    }
    const comment = await describeEditLink(deps, token);
    if (astro.request.method === 'POST') {
      const form = await astro.request.formData().catch(() => new FormData());
      if (form.get('action') === 'delete') {
        await deleteComment(deps, token);
        return back(comment.post, '', '#comments');
      }
      const body = String(form.get('body') ?? '');
      try {
        const edited = await editComment(deps, token, { body });
        await remember(astro, [edited.id]);
        return back(edited.post, `?sent=${edited.state === 'published' ? 'published' : 'held'}`, `#comment-${edited.id}`);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        astro.response.status = 422;
        return { kind: 'edit', postTitle: titleOf(comment.post, lang), comment, values: { body }, errors: error.fieldsIn(lang) };
      }
    }
    return { kind: 'edit', postTitle: titleOf(comment.post, lang), comment, values: { body: comment.body }, errors: {} };
  } catch (error) {
    if (!(error instanceof TokenInvalidError)) throw error;
    astro.response.status = statusOf[error.reason];
    return { kind: 'invalid', reason: error.reason };
  }
}
