import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Deliberately plain: no transpilePackages, no vanilla-extract plugin. careerkit
 * ships ESM + CJS with "use client" and one CSS file, so a host needs nothing else.
 *
 * The roots are pinned to this folder because the test copies the host inside the
 * careerkit repository (.tmp/hosts/next); without them Next would pick the repo's
 * package-lock.json as the workspace root.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  turbopack: { root: here },
  outputFileTracingRoot: here,
};

export default nextConfig;
