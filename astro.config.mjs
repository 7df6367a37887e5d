// Static output only: every page is HTML on disk, readable without JavaScript.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { config } from './src/config/env.ts';

// BASE_PATH: the folder the site lives in on its host (default `/`), e.g. `/jyj/ghgk/` inside a portal.
// SITE_URL: the host's address (default http://localhost:4321), for absolute links in feeds and the sitemap.
// Both come checked from src/config/env.ts; lib/site/urls.ts binds the same values to the URL builder
// (src/lib/model/urls.ts, which reads no configuration) for every internal URL.
const { basePath, siteOrigin } = config();

export default defineConfig({
  output: 'static',
  base: basePath,
  site: siteOrigin,
  integrations: [sitemap()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No request may leave the site: no prefetch of remote resources, no telemetry-dependent features.
  prefetch: false,
  devToolbar: { enabled: false },
  // A rebuild copies the pages whose cache key (a digest of their data, src/lib/site/cache-keys.ts) and code
  // are unchanged from the previous build's output kept in the cache folder (scripts/build.ts names it).
  experimental: { incrementalBuild: true },
});
