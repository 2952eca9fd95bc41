// The web app's build: plain TypeScript modules, no framework; output in web/dist, served by
// `contrapeso serve`. In development, `npx vite --config web/vite.config.ts` proxies /api to a running
// `contrapeso serve` on port 8080.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // No inline scripts or styles: the pages' CSP allows only files from the same origin.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
