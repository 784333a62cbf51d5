import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Announcer } from './Announcer';

describe('Announcer', () => {
  it('exists, empty, from the first render so screen readers track it', () => {
    render(<Announcer />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
  });

  it('announces each new message', () => {
    const { rerender } = render(<Announcer message="" />);
    rerender(<Announcer message="Script copied." />);
    expect(screen.getByRole('status')).toHaveTextContent('Script copied.');
  });

  it('changes the DOM when the same message is announced again', () => {
    const { rerender } = render(<Announcer message="Script copied." announceKey={1} />);
    const before = screen.getByRole('status').textContent;
    rerender(<Announcer message="Script copied." announceKey={2} />);
    expect(screen.getByRole('status').textContent).not.toBe(before);
    expect(screen.getByRole('status')).toHaveTextContent('Script copied.');
  });

  it('interrupts when assertive', () => {
    render(<Announcer politeness="assertive" message="You are offline." />);
    expect(screen.getByRole('alert')).toHaveTextContent('You are offline.');
  });
});
