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
  build: { outDir: 'dist', sourcemap: true },
});
