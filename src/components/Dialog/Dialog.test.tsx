import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import { Button } from '../Button';
import { ThemeProvider } from '../ThemeProvider';
import { DialogClose, DialogContent, DialogDescription, DialogRoot, DialogTitle, DialogTrigger } from './Dialog';

function SignupDialog(props: { onOpenChange?: (open: boolean) => void; closeLabel?: string }) {
  return (
    <DialogRoot onOpenChange={props.onOpenChange}>
      <DialogTrigger asChild>
        <Button>Get the weekly letter</Button>
      </DialogTrigger>
      <DialogContent messages={props.closeLabel ? { close: props.closeLabel } : undefined}>
        <DialogTitle>Get the weekly letter</DialogTitle>
        <DialogDescription>One reader’s problem and a script, every Thursday.</DialogDescription>
        <label>
          Email address <input type="email" />
        </label>
        <DialogClose asChild>
          <Button tone="secondary">Not now</Button>
        </DialogClose>
      </DialogContent>
    </DialogRoot>
  );
}

describe('Dialog', () => {
  describe('given a closed dialog', () => {
    it('has no accessibility violations', async () => {
      render(<SignupDialog />);
      await expectNoAxeViolations();
    });
  });

  describe('when opened from the keyboard', () => {
    it('moves focus in, is named and described, traps Tab and returns focus on Escape', async () => {
      const onOpenChange = vi.fn();
      render(<SignupDialog onOpenChange={onOpenChange} />);
      const trigger = screen.getByRole('button', { name: 'Get the weekly letter' });
      trigger.focus();
      await userEvent.keyboard('{Enter}');

      const dialog = await screen.findByRole('dialog', { name: 'Get the weekly letter' });
      expect(dialog).toHaveAccessibleDescription('One reader’s problem and a script, every Thursday.');
      expect(dialog.contains(document.activeElement)).toBe(true);
      for (let i = 0; i < 5; i++) {
        await userEvent.tab();
        expect(dialog.contains(document.activeElement)).toBe(true);
      }
      await expectNoAxeViolations();

      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(trigger).toHaveFocus();
      expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    });
  });

  describe('given a reader typing with an input method (Japanese, Chinese, Korean)', () => {
    it('stays open on the Escape that cancels a composition, and closes on the next', async () => {
      const onOpenChange = vi.fn();
      render(<SignupDialog onOpenChange={onOpenChange} />);
      await userEvent.click(screen.getByRole('button', { name: 'Get the weekly letter' }));
      const field = await screen.findByRole('textbox', { name: 'Email address' });
      // Chromium and Firefox mark the key as composing; Safari sends it just after the composition, as key code 229.
      fireEvent.keyDown(field, { key: 'Escape', isComposing: true });
      fireEvent.keyDown(field, { key: 'Escape', keyCode: 229 });
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      fireEvent.keyDown(field, { key: 'Escape' });
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    });

    it('still hands other Escapes to the host’s onEscapeKeyDown', async () => {
      const onEscapeKeyDown = vi.fn((event: KeyboardEvent) => event.preventDefault());
      render(
        <DialogRoot defaultOpen>
          <DialogContent onEscapeKeyDown={onEscapeKeyDown}>
            <DialogTitle>Report this comment</DialogTitle>
          </DialogContent>
        </DialogRoot>,
      );
      const dialog = await screen.findByRole('dialog');
      fireEvent.keyDown(dialog, { key: 'Escape', isComposing: true });
      expect(onEscapeKeyDown).not.toHaveBeenCalled();
      fireEvent.keyDown(dialog, { key: 'Escape' });
      expect(onEscapeKeyDown).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });
  });

  it('has a labelled close button whose label can be translated', async () => {
    render(<SignupDialog closeLabel="Fermer" />);
    await userEvent.click(screen.getByRole('button', { name: 'Get the weekly letter' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  describe('given a ThemeProvider around the trigger', () => {
    it('carries the theme and direction into the portal', async () => {
      render(
        <ThemeProvider theme="jobboard" scheme="dark" dir="rtl">
          <SignupDialog />
        </ThemeProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Get the weekly letter' }));
      const dialog = await screen.findByRole('dialog');
      const scope = dialog.closest('[data-ck-theme]');
      expect(scope).toHaveAttribute('data-ck-theme', 'jobboard');
      expect(scope).toHaveAttribute('data-ck-scheme', 'dark');
      expect(scope).toHaveAttribute('dir', 'rtl');
    });

    it('carries the provider’s language into the portal, so a screen reader reads the dialog in it', async () => {
      render(
        <ThemeProvider lang="ar" dir="rtl">
          <SignupDialog />
        </ThemeProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Get the weekly letter' }));
      const dialog = await screen.findByRole('dialog');
      expect(dialog.closest('[lang]')).toHaveAttribute('lang', 'ar');
    });
  });
});
