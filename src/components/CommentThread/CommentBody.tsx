/**
 * A comment body as React text: paragraphs, line breaks, links only for http(s)
 * and mailto with `rel="ugc nofollow noopener noreferrer"`, and highlighted
 * mentions. There is no HTML anywhere; what looks like markup stays text.
 *
 * Links and mentions are isolated from the text around them (a URL reads left
 * to right; a mention in its name's direction), so in text of the other
 * direction a number after one stays after it: "@Dana K. 3 مرات" would
 * otherwise show the 3 between the name and its "@".
 */
import type { TokenizedBody } from './model/body';
import * as styles from './CommentThread.css';

export function CommentBody({ body }: { body: TokenizedBody }) {
  // A list of paragraphs, not a fragment around it: React renders both alike, and the list is less code.
  return body.paragraphs.map((paragraph, p) => (
    <p key={p}>
      {paragraph.map((token, t) =>
        token.type === 'text' ? (
          token.text
        ) : token.type === 'break' ? (
          <br key={t} />
        ) : token.type === 'link' ? (
          <a key={t} href={token.href} rel="ugc nofollow noopener noreferrer" dir="ltr">
            {token.text}
          </a>
        ) : (
          <bdi key={t} className={styles.mention} data-mention={token.name}>
            {token.text}
          </bdi>
        ),
      )}
    </p>
  ));
}
