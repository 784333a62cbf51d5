import type { IncomingMessage, ServerResponse } from 'node:http';
import { dataDir, openStore, routeApi, send, toRequest } from '@hiring-desk/shared/server';

/**
 * The site's API (/api/comments, /api/newsletter) for a node:http request, with
 * the comments and signups in `$CAREERKIT_EXAMPLE_DATA` (default `.data/`).
 * Resolves false for any other path.
 */
export async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const response = await routeApi(toRequest(req), await openStore(dataDir()));
  if (!response) return false;
  await send(res, response);
  return true;
}
