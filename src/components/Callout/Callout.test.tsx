import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import { Callout, calloutTones } from './Callout';

describe('Callout', () => {
  it.each(calloutTones)('a %s callout is a note named by its title, tone said in words', async (tone) => {
    render(
      <Callout tone={tone} title="Send it the same day">
        <p>A quick apology beats a perfect one.</p>
      </Callout>,
    );
    const note = screen.getByRole('note');
    expect(note).toHaveAttribute('data-tone', tone);
    expect(note).toHaveAccessibleName(new RegExp(`^\\w+: Send it the same day$`));
    expect(note.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
    await expectNoAxeViolations();
  });

  it('is not an alert and not a landmark', () => {
    render(<Callout title="Tip">Text</Callout>);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it.each([2, 3, 4] as const)('puts its title at the level the host chooses (%i)', (level) => {
    render(<Callout title="Why it works" titleLevel={level} />);
    expect(screen.getByRole('heading', { level })).toHaveTextContent('Note: Why it works');
  });

  it('can keep its title out of the outline', () => {
    render(<Callout title="Why it works" titleLevel="p" />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('note', { name: 'Note: Why it works' })).toBeInTheDocument();
  });

  it('is named by its tone when it has no title', () => {
    render(<Callout tone="warning">Do not send it at 2 a.m.</Callout>);
    expect(screen.getByRole('note', { name: 'Warning' })).toHaveTextContent('Do not send it at 2 a.m.');
  });

  it('translates the tone names', () => {
    render(<Callout tone="tip" title="Envoyez-le" messages={{ tip: 'Astuce' }} />);
    expect(screen.getByRole('note', { name: 'Astuce: Envoyez-le' })).toBeInTheDocument();
  });

  describe('given a tone from a CMS that does not exist', () => {
    it('renders as a note and warns', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Callout tone={'danger' as never} title="Careful" />);
      expect(screen.getByRole('note')).toHaveAttribute('data-tone', 'note');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('tone="danger"'));
    });

    it('renders a tone or level that is an object with a toString key (JSON) as a note, warning instead of throwing in development', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Callout tone={{ toString: 'x' } as never} titleLevel={{ toString: 'x' } as never} title="Careful" />);
      expect(screen.getByRole('note')).toHaveAttribute('data-tone', 'note');
      expect(screen.getByRole('heading', { level: 3, name: 'Note: Careful' })).toBeInTheDocument();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('tone='));
    });
  });

  describe('given a title from a CMS that is not text', () => {
    it.each([
      ['a rich-text document', { nodeType: 'document', content: [] }],
      ['an object with a toString key', { toString: 'x' }],
    ])('is named by its tone when the title is %s, with a development warning, instead of crashing', (_, title) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Callout tone="tip" title={title as never}>Text</Callout>);
      expect(screen.getByRole('note', { name: 'Tip' })).toHaveTextContent('Text');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    });

    it('shows no empty heading for true', () => {
      render(<Callout tone="tip" title={true as never}>Text</Callout>);
      expect(screen.queryByRole('heading')).toBeNull();
      expect(screen.getByRole('note', { name: 'Tip' })).toBeInTheDocument();
    });
  });

  it('nests: a callout inside a callout keeps both names', async () => {
    render(
      <Callout tone="important" title="Outer">
        <Callout tone="tip" title="Inner">
          Text
        </Callout>
      </Callout>,
    );
    expect(screen.getAllByRole('note').map((n) => n.getAttribute('aria-labelledby'))).toHaveLength(2);
    expect(screen.getByRole('note', { name: 'Tip: Inner' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
