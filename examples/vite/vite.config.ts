import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `npm run dev`: the API inside Vite's dev server, loaded through Vite so that
 * edits to it apply without a restart. `npm run build && npm start` serves the
 * same API from server.ts.
 */
function api(): Plugin {
  return {
    name: 'hiring-desk-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/api/')) return next();
        server
          .ssrLoadModule('/api.ts')
          .then(({ handle }) => handle(req, res))
          .catch(next);
      });
    },
  };
}

// Deliberately no vanilla-extract plugin: careerkit ships plain CSS, so the page
// needs nothing beyond its usual React setup.
export default defineConfig({
  plugins: [react(), api()],
  build: { outDir: 'dist/client' },
});
