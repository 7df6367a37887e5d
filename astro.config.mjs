// Static output only: every page is HTML on disk, readable without JavaScript.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// BASE_PATH: the folder the site lives in on its host (default `/`), e.g. `/jyj/ghgk/` inside a portal.
// SITE_URL: the host's address (default http://localhost:4321), for absolute links in feeds and the sitemap.
// Both are read again by src/lib/model/urls.ts, which builds every internal URL.
const base = `/${(process.env.BASE_PATH ?? '/').split('/').filter(Boolean).join('/')}/`.replace('//', '/');

export default defineConfig({
  output: 'static',
  base,
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [sitemap()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No request may leave the site: no prefetch of remote resources, no telemetry-dependent features.
  prefetch: false,
  devToolbar: { enabled: false },
});
