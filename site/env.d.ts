/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    runtime: import('../api/runtime.ts').Runtime;
    /** The page's language, set by site/middleware.ts from the address. */
    lang: import('./lib/format.ts').Lang;
    /** The campaigner signed in, on workspace pages (site/middleware.ts lets no one else reach them). */
    admin: import('../api/admin/session.table.ts').AdminSession | undefined;
    /** Set with `admin`: what the signed-in person may do (api/admin/workspace-role.ts). */
    role?: import('../api/admin/workspace-role.ts').WorkspaceRole;
    /** Set by site/fetch.ts while the server is stopping: every page answers the 503 page. */
    unavailable?: boolean;
  }
}
