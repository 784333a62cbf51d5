import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignupDialog, type SubscribeAdapter } from '../../src';
import { ar } from '../../src/locales/ar';

/** A stand-in back end: every address is sent a confirmation link. */
const pending: SubscribeAdapter = {
  subscribe: () => new Promise((resolve) => setTimeout(() => resolve({ kind: 'pending-confirmation' }), 300)),
};

const meta = {
  title: 'Widgets/SignupDialog',
  component: SignupDialog,
  args: {
    title: 'Get the Weekly Letter',
    description: 'One reader’s problem every Thursday, with the full reply and the script to send.',
    consent: { version: 'weekly-letter-2026-11', privacyUrl: 'https://careers.example/privacy' },
    adapter: pending,
    triggers: { button: 'Get the Weekly Letter' },
    storageId: 'storybook',
    minFillMs: 0,
    onOpenChange: fn(),
  },
  argTypes: { adapter: { control: false } },
  // The docs page is SignupDialog.mdx.
  tags: ['!autodocs'],
} satisfies Meta<typeof SignupDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opened by the reader with a button; Escape or Close returns focus to it. */
export const FromAButton: Story = {};

/** Open, with an address typed: the form inside is the same NewsletterSignup. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Get the Weekly Letter' }));
    const dialog = await page.findByRole('dialog', { name: 'Get the Weekly Letter' });
    await userEvent.type(within(dialog).getByLabelText('Email address'), 'jordan.reyes@example.com');
    await expect(within(dialog).getByLabelText('Email address')).toHaveFocus();
  },
};

/** After the signup: "Check your inbox" inside the dialog. */
export const Signed: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Get the Weekly Letter' }));
    const dialog = await page.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Email address'), 'jordan.reyes@example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe' }));
    await within(dialog).findByText('Check your inbox', { ignore: '[role=status]' });
  },
};

/**
 * Opened by the page after the reader has been reading for two seconds (restraint
 * off for the demo: a real page never offers on a first view). Escape puts focus
 * back where the reader was.
 */
export const EngagedTime: Story = {
  args: { triggers: { engagedSeconds: 2 }, restraint: false },
  render: (args) => (
    <div>
      <p>
        Keep reading: <a href="#reply">the columnist’s reply</a> continues below.
      </p>
      <SignupDialog {...args} />
    </div>
  ),
  play: async ({ canvasElement, args }) => {
    const link = within(canvasElement).getByRole('link', { name: 'the columnist’s reply' });
    link.focus();
    await waitFor(() => expect(args.onOpenChange).toHaveBeenCalledWith(true), { timeout: 5000 });
    await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(link).toHaveFocus());
  },
};

/** Right to left, with the dialog's strings in Arabic. */
export const RightToLeft: Story = {
  args: {
    title: 'اشترك في الرسالة الأسبوعية',
    description: 'مشكلة قارئ واحدة كل خميس، مع الرد الكامل.',
    triggers: { button: 'اشترك' },
    locale: 'ar',
    messages: ar.SignupDialog,
    formMessages: ar.NewsletterSignup,
  },
  // The dialog renders at the end of <body>, so its direction comes from the
  // page (or a ThemeProvider's `dir`, which it carries into its portal), not
  // from a wrapper around the trigger.
  globals: { dir: 'rtl', locale: 'ar' },
};
