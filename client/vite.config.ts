import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :4000 (npm run dev); the proxy keeps the client on one origin, as in production
// where the server serves client/dist itself.
const API = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': API, '/health': API, '/ready': API },
  },
  // The manifest lets scripts/bundle-size.ts tell the entry and its static imports from lazy chunks.
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    // The map route carries cytoscape (~180 KB gzip) as a lazy chunk; the entry stays far below this.
    chunkSizeWarningLimit: 700,
  },
});
