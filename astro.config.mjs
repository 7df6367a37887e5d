// Static output only: every page is HTML on disk, readable without JavaScript.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No request may leave the site: no prefetch of remote resources, no telemetry-dependent features.
  prefetch: false,
  devToolbar: { enabled: false },
});
