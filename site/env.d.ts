/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    runtime: import('../api/runtime.ts').Runtime;
    /** The page's language, set by site/middleware.ts from the address. */
    lang: import('./lib/format.ts').Lang;
  }
}
