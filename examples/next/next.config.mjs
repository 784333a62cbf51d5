import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The examples' workspace (examples/): it holds node_modules and the shared code.
const workspace = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * No transpilePackages and no vanilla-extract plugin: careerkit ships ESM + CJS
 * with "use client" and one CSS file.
 *
 * The roots point at the examples' workspace: that is where node_modules and
 * @hiring-desk/shared live, and without them Next would take careerkit's own
 * package-lock.json one folder further up for the workspace root.
 *
 * sql.js stays out of the server bundle and loads its WebAssembly file from
 * node_modules at run time.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  turbopack: { root: workspace },
  outputFileTracingRoot: workspace,
  serverExternalPackages: ['sql.js'],
};

export default nextConfig;
