import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Slot } from './Slot';

describe('Slot', () => {
  it('renders the child with merged classes and styles, the child’s values winning', () => {
    render(
      <Slot className="ours" style={{ color: 'red', margin: 0 }} data-tone="primary" title="ours">
        <a href="/x" className="theirs" style={{ color: 'blue' }} title="theirs">
          Archive
        </a>
      </Slot>,
    );
    const link = screen.getByRole('link', { name: 'Archive' });
    expect(link).toHaveClass('ours', 'theirs');
    expect(link).toHaveAttribute('data-tone', 'primary');
    expect(link).toHaveAttribute('title', 'theirs');
    expect(link.style.color).toBe('blue');
    expect(link.style.margin).toBe('0px');
  });

  it('runs the child’s handler first, then ours', async () => {
    const calls: string[] = [];
    render(
      <Slot onClick={() => calls.push('ours')}>
        <button type="button" onClick={() => calls.push('theirs')}>
          Go
        </button>
      </Slot>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(calls).toEqual(['theirs', 'ours']);
  });

  it('gives both refs the node', () => {
    const ours = React.createRef<HTMLElement>();
    const theirs = vi.fn();
    render(
      <Slot ref={ours}>
        <button type="button" ref={theirs}>
          Go
        </button>
      </Slot>,
    );
    expect(ours.current).toBe(screen.getByRole('button'));
    expect(theirs).toHaveBeenCalledWith(screen.getByRole('button'));
  });

  it('renders nothing for a child that is not an element', () => {
    const { container } = render(<Slot>just text</Slot>);
    expect(container).toBeEmptyDOMElement();
  });
});
