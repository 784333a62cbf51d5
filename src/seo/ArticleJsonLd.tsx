import type { AdvicePost } from '../components/AdviceArticle/types';
import { warnOnce } from '../internal/dev';
import { adviceArticleJsonLd, serializeJsonLd } from './jsonLd';

export interface ArticleJsonLdProps {
  /** The post to describe; ignored when `data` is given. */
  post?: AdvicePost | undefined;
  /** Your own JSON-LD, e.g. `adviceArticleJsonLd(post)` with fields added. */
  data?: Record<string, unknown> | undefined;
}

/** The post's JSON-LD as a `<script>`. No hooks, so it renders as a Server Component. */
export function ArticleJsonLd({ post, data }: ArticleJsonLdProps) {
  if (!data && !post) return null;
  let json: string;
  try {
    json = serializeJsonLd(data ?? adviceArticleJsonLd(post!));
  } catch (error) {
    // Host data JSON can't hold (a CMS entry linked back to itself, a BigInt) costs the
    // JSON-LD, not the page.
    if (process.env.NODE_ENV !== 'production') warnOnce(`ArticleJsonLd: the data cannot be written as JSON (${String(error)}); no JSON-LD is rendered.`);
    return null;
  }
  return (
    <script
      type="application/ld+json"
      // React can't put text in a <script> any other way. The string is JSON with
      // <, >, & and U+2028/U+2029 escaped, so no value can close the element.
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
