import { logoMaxBytes } from '../organisations/logo.ts';
import { maxBodyBytes } from './body.ts';

const mb = 1024 * 1024;

/**
 * The routes that take a file, by the path as asked (the API's, and the pages' own form posts in
 * either language), and the largest multipart body each reads: the file's limit plus the usual
 * room for the fields beside it. Only a multipart body can carry a file, so JSON and urlencoded
 * bodies keep `maxBodyBytes` on these routes too. A route that takes a new kind of upload is one
 * line here; every other body is capped at `maxBodyBytes`.
 */
const uploadRoutes: readonly (readonly [RegExp, number])[] = [
  [/^\/api\/letters\/[^/]+\/signatures$/, logoMaxBytes + maxBodyBytes],
  [/^(\/cy)?\/letters\/[^/]+\/?$/, logoMaxBytes + maxBodyBytes],
  // A letter of support's PDF (api/support/pdf.ts: up to 5 MB).
  [/^\/api\/letters\/[^/]+\/support$/, 5 * mb + maxBodyBytes],
  [/^(\/cy)?\/letters\/[^/]+\/support\/new\/?$/, 5 * mb + maxBodyBytes],
  // The recipient's reply, with its PDF, from the workspace (50,000 characters of text beside it).
  [/^(\/cy)?\/admin\/letters\/[^/]+\/delivery\/?$/, 5 * mb + 256 * 1024],
  // A CSV of paper signatures for the workspace's import preview (api/import/).
  [/^(\/cy)?\/admin\/import\/?$/, 2 * mb + maxBodyBytes],
];

/**
 * A letter of support sent as JSON or urlencoded holds up to 20,000 characters of any script:
 * at 4 bytes each, escaped as \uXXXX pairs or %XX triplets, that is up to 240 KB of text.
 */
const longTextRoutes: readonly RegExp[] = [/^\/api\/letters\/[^/]+\/support$/];
const longTextBytes = 256 * 1024;

/** The largest body a request to `path` may send with this Content-Type. */
export function bodyLimitFor(path: string, contentType: string | undefined): number {
  if (!contentType?.toLowerCase().includes('multipart/form-data')) {
    return longTextRoutes.some((route) => route.test(path)) ? longTextBytes : maxBodyBytes;
  }
  return uploadRoutes.find(([route]) => route.test(path))?.[1] ?? maxBodyBytes;
}
