export { adviceArticleJsonLd, serializeJsonLd, MAX_JSON_LD_COMMENTS } from './jsonLd';
export type { AdviceArticleJsonLdOptions } from './jsonLd';
export { ArticleJsonLd } from './ArticleJsonLd';
export type { ArticleJsonLdProps } from './ArticleJsonLd';
