// A Server Component post page: the article and its JSON-LD render on the
// server; `careerkit/seo` ships no client code at all.
import { AdviceArticle, type AdvicePost } from 'careerkit';
import { ArticleJsonLd } from 'careerkit/seo';

export const dynamic = 'force-dynamic';

const post: AdvicePost = {
  url: 'https://advice.example.com/2026/11/counteroffer',
  column: { name: 'Ask the Hiring Desk' },
  headline: 'My manager made a counteroffer. Is it a trap? </script><!--',
  author: { name: 'Alex Marlow', url: 'https://advice.example.com/about/alex-marlow' },
  publisher: { name: 'The Hiring Desk', url: 'https://advice.example.com' },
  publishedAt: '2026-11-21T00:30:00Z',
  question: { body: 'I resigned on Monday. By Wednesday my manager had matched the new salary.\n\nShould I stay?', signature: 'Torn in Tacoma' },
  reply: {
    blocks: [
      { type: 'text', text: 'A counteroffer fixes the salary, not the reasons you started looking.' },
      { type: 'script', script: 'Thank you for the offer. I have thought it over, and I am going to take the new role.', medium: 'say' },
    ],
  },
  commentCount: 2,
};

export default function PostPage() {
  return (
    <main>
      <ArticleJsonLd post={post} />
      <AdviceArticle post={post} timeZone="America/Los_Angeles" comments={<p>Comments load here.</p>} />
    </main>
  );
}
