import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within, screen } from 'storybook/test';
import {
  Button,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
  TextField,
  dialogSizes,
} from '../../src';

const meta = {
  title: 'Foundations/Dialog',
  component: DialogContent,
  parameters: {
    docs: {
      description: {
        component: `Radix Dialog with careerkit's look, as flat parts: \`DialogRoot\`, \`DialogTrigger\`, \`DialogContent\` (portal, overlay, labelled close button, the enclosing theme carried into the portal), \`DialogTitle\`, \`DialogDescription\`, \`DialogClose\`.

\`\`\`tsx
<DialogRoot>
  <DialogTrigger asChild><Button>Report</Button></DialogTrigger>
  <DialogContent size="sm">
    <DialogTitle>Report this comment</DialogTitle>
    <DialogDescription>Tell the moderators what is wrong.</DialogDescription>
    …
  </DialogContent>
</DialogRoot>
\`\`\`

**Do** always give it a \`DialogTitle\` (it names the dialog) and reserve your page's scrollbar gutter (\`html { scrollbar-gutter: stable }\`): opening the dialog then moves nothing, which the tests check. **Don't** open a dialog the reader did not ask for, except through SignupDialog's restrained triggers. Focus moves in, stays in, and returns to the trigger. About 14.5 KB min+gzip, almost all of it Radix (focus trap, scroll lock, hiding the rest of the page from screen readers).`,
      },
    },
  },
  subcomponents: { DialogRoot, DialogTrigger, DialogTitle, DialogDescription, DialogClose },
  args: { size: 'md' },
  argTypes: { size: { control: 'inline-radio', options: dialogSizes } },
  render: (args) => (
    <DialogRoot>
      <DialogTrigger asChild>
        <Button>Get the weekly letter</Button>
      </DialogTrigger>
      <DialogContent {...args}>
        <DialogTitle>Get the weekly letter</DialogTitle>
        <DialogDescription>
          The newsletter prints more than the blog: every Thursday, one reader’s problem and a script you can use.
        </DialogDescription>
        <form onSubmit={(event) => event.preventDefault()} style={{ display: 'grid', gap: '1rem' }}>
          <TextField label="Email address" type="email" autoComplete="email" name="email" />
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            <Button type="submit">Subscribe</Button>
            <DialogClose asChild>
              <Button tone="secondary">Not now</Button>
            </DialogClose>
          </div>
        </form>
      </DialogContent>
    </DialogRoot>
  ),
} satisfies Meta<typeof DialogContent>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard path: open, focus moves in, Escape closes, focus returns to the trigger. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Get the weekly letter' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Get the weekly letter' });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

/** Open, so axe checks the dialog itself in every theme and direction. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Get the weekly letter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Get the weekly letter' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible());
  },
};
