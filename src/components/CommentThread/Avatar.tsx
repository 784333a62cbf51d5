/**
 * An avatar image, or the author's initials when there is no safe image URL or
 * the image fails, including a failure before hydration, which fires no
 * `onError` React can see. Decorative: the name is in the heading next to it.
 */
import * as React from 'react';
import { initials } from './model/names';
import * as styles from './CommentThread.css';

export function Avatar({ name, src }: { name: string; src: string }) {
  const [failed, setFailed] = React.useState(false);
  return failed ? (
    initialsAvatar(name)
  ) : (
    <img
      // Checked once it is in the page: an image that failed before hydration
      // fired its `error` before React listened.
      ref={(img) => {
        if (img?.complete && !img.naturalWidth) setFailed(true);
      }}
      className={styles.avatar}
      src={src}
      alt=""
      width={32}
      height={32}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}

/** The placeholder: the name's initials, hidden from screen readers (the name is in the heading). */
export function initialsAvatar(name: string) {
  return (
    <span className={styles.avatar} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
