import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import { Button } from './Button';

describe('Button', () => {
  it('is a plain button that never submits a form by accident', async () => {
    render(<Button>Copy script</Button>);
    const button = screen.getByRole('button', { name: 'Copy script' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-tone', 'primary');
    expect(button).toHaveClass('ck-Button');
    await expectNoAxeViolations();
  });

  describe('given busy', () => {
    it('stays focusable, says it is unavailable and ignores clicks', async () => {
      const onClick = vi.fn();
      render(
        <Button busy onClick={onClick}>
          Subscribing…
        </Button>,
      );
      const button = screen.getByRole('button', { name: 'Subscribing…' });
      await userEvent.tab();
      expect(button).toHaveFocus();
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAttribute('data-state', 'busy');
      await userEvent.click(button);
      await userEvent.keyboard('{Enter}');
      expect(onClick).not.toHaveBeenCalled();
    });
  });

  describe('given aria-disabled as the string "false"', () => {
    it('is not announced as unavailable', () => {
      render(<Button aria-disabled="false">Subscribe</Button>);
      expect(screen.getByRole('button', { name: 'Subscribe' })).not.toHaveAttribute('aria-disabled', 'true');
    });
  });

  describe('given asChild', () => {
    it('styles the host element instead of nesting a button', () => {
      render(
        <Button asChild tone="secondary">
          <a href="/archive">Archive</a>
        </Button>,
      );
      const link = screen.getByRole('link', { name: 'Archive' });
      expect(link).toHaveClass('ck-Button');
      expect(link).not.toHaveAttribute('type');
      expect(screen.queryByRole('button')).toBeNull();
    });
  });

  describe('given a tone from a CMS that does not exist', () => {
    it('falls back to primary with a development warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Button tone={'sparkly' as never}>Go</Button>);
      expect(screen.getByRole('button')).toHaveAttribute('data-tone', 'primary');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('tone="sparkly"'));
    });
  });
});
