import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommentBody } from './CommentBody';
import { mention } from './CommentThread.css';
import { tokenizeBody } from './model/body';

function renderBody(text: string, knownNames: string[] = []) {
  return render(<CommentBody body={tokenizeBody(text, { knownNames })} />).container;
}

describe('CommentBody', () => {
  it('renders paragraphs and keeps single line breaks', () => {
    const container = renderBody('Thanks, Alex.\nI sent it today.\n\nFingers crossed…');
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(container.querySelector('p br')).not.toBeNull();
  });

  it('links http(s) and mailto as user content that passes no rank and no opener', () => {
    const container = renderBody('My template is at https://example.com/apology-note. Or mail me: mailto:reader@example.com');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/apology-note',
      'mailto:reader@example.com',
    ]);
    for (const a of links) expect(a).toHaveAttribute('rel', 'ugc nofollow noopener noreferrer');
  });

  it('never links hostile schemes', () => {
    const container = renderBody('javascript:alert(1) data:text/html,<b>x</b> vbscript:msgbox //evil.example');
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows markup and script as text', () => {
    const container = renderBody('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });

  it('highlights mentions of known names as whole names', () => {
    const container = renderBody('@Ana María thanks, that helped.', ['Ana María']);
    expect(container.querySelector(`.${mention}`)).toHaveTextContent('@Ana María');
    expect(container.querySelector(`.${mention}`)).toHaveAttribute('data-mention', 'Ana María');
  });
});
