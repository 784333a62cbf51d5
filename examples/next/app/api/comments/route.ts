// GET: every comment (or ?limit=&after= for a page of threads).
// POST { parentId, body }: a reply (or a new comment) as the demo reader.
import { listComments, postComment } from '@hiring-desk/shared/server';
import { store } from '../../../lib/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return listComments(await store(), new URL(request.url));
}

export async function POST(request: Request) {
  return postComment(request, await store());
}
