// POST: a signup from NewsletterSignup / SignupDialog, as JSON through
// careerkit's fetchAdapter, or as a plain form post before JavaScript runs.
import { postNewsletter } from '@hiring-desk/shared/server';
import { store } from '../../../lib/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  return postNewsletter(request, await store());
}
