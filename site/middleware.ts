import { defineMiddleware } from 'astro:middleware';
import { isLocaleParam, langOfPath } from './lib/locale.ts';

/**
 * Every page lives under `[...locale]`, so one file serves `/letters/x` and `/cy/letters/x`.
 * The page's language comes from the address as it was asked for (`originPathname`), so a
 * page rewritten to the 404 still speaks the language of the address that was not found.
 * (`Astro.currentLocale` is not enough: after a rewrite it is read from `/404`, and it
 * takes any segment that reads "cy", not only the first.)
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = langOfPath(context.originPathname);
  if ('locale' in context.params && !isLocaleParam(context.params.locale)) return context.rewrite('/404');
  return next();
});
