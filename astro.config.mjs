import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  output: 'server',
  // The handler only: server.mjs owns the socket and sends the API straight to Hono.
  adapter: node({ mode: 'middleware' }),
  // Linked stylesheets only: the Content-Security-Policy allows no inline styles.
  build: { inlineStylesheets: 'never' },
  // Hono's csrf middleware guards every form post (pages and API) in site/fetch.ts.
  security: { checkOrigin: false },
  i18n: { locales: ['en', 'cy'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Scripts as files too (Vite would inline small ones), for the same policy.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
});
