import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import { TextField } from './TextField';

describe('TextField', () => {
  it('labels the input with a real label and describes it with the hint', async () => {
    render(<TextField label="Email address" type="email" hint="One letter a week." />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input).toHaveAccessibleDescription('One letter a week.');
    expect(input).not.toBeInvalid();
    await userEvent.click(screen.getByText('Email address'));
    expect(input).toHaveFocus();
    await expectNoAxeViolations();
  });

  describe('given an error', () => {
    it('marks the input invalid and reads hint then error, error not by colour alone', async () => {
      render(<TextField label="Email address" hint="One letter a week." error="Enter an email address." />);
      const input = screen.getByRole('textbox', { name: 'Email address' });
      expect(input).toBeInvalid();
      expect(input).toHaveAccessibleDescription('One letter a week. Error: Enter an email address.');
      await expectNoAxeViolations();
    });

    it('keeps what the reader typed', async () => {
      const { rerender } = render(<TextField label="Email address" />);
      await userEvent.type(screen.getByRole('textbox'), 'jane@example');
      rerender(<TextField label="Email address" error="Enter a full address." />);
      expect(screen.getByRole('textbox')).toHaveValue('jane@example');
    });
  });

  it('keeps a describedby the host already set', () => {
    render(
      <>
        <p id="privacy">We never share your address.</p>
        <TextField label="Email address" aria-describedby="privacy" hint="Weekly." />
      </>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('We never share your address. Weekly.');
  });

  it('keeps its label when a form builder passes an empty id', () => {
    render(<TextField label="Email address" id="" hint="Weekly." />);
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveAccessibleDescription('Weekly.');
  });

  it('translates its built-in words', () => {
    render(
      <TextField
        label="Prénom"
        showOptional
        error="Champ invalide"
        messages={{ optional: '(facultatif)', errorPrefix: 'Erreur :' }}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Prénom (facultatif)' })).toHaveAccessibleDescription(
      'Erreur : Champ invalide',
    );
  });
});
