import type { AdvicePost } from '../components/AdviceArticle/types';
import { adviceArticleJsonLd, serializeJsonLd } from './jsonLd';

export interface ArticleJsonLdProps {
  /** The post to describe; ignored when `data` is given. */
  post?: AdvicePost;
  /** Your own JSON-LD, e.g. `adviceArticleJsonLd(post)` with fields added. */
  data?: Record<string, unknown>;
}

/** The post's JSON-LD as a `<script>`. No hooks, so it renders as a Server Component. */
export function ArticleJsonLd({ post, data }: ArticleJsonLdProps) {
  if (!data && !post) return null;
  return (
    <script
      type="application/ld+json"
      // React can't put text in a <script> any other way. The string is JSON with
      // <, >, & and U+2028/U+2029 escaped, so no value can close the element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data ?? adviceArticleJsonLd(post!)) }}
    />
  );
}
