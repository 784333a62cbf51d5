import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Heading } from './Heading';

describe('Heading', () => {
  it('renders the level the host chooses', () => {
    render(<Heading level={3}>How To Say It</Heading>);
    expect(screen.getByRole('heading', { level: 3, name: 'How To Say It' })).toBeInTheDocument();
  });

  it('renders a paragraph outside the outline for level "p"', () => {
    render(<Heading level="p">Not a heading</Heading>);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Not a heading').tagName).toBe('P');
  });

  it('keeps size independent of level', () => {
    render(
      <Heading level={4} size="xl">
        Big but deep
      </Heading>,
    );
    expect(screen.getByRole('heading', { level: 4 })).toHaveClass('ck-Heading_xl');
  });

  describe('given a level that does not exist', () => {
    it('renders an h2 and warns', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Heading level={9 as never}>Reply</Heading>);
      expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
      expect(warn).toHaveBeenCalledOnce();
    });
  });
});
