import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../../src';

const meta = {
  title: 'Foundations/TextField',
  component: TextField,
  parameters: {
    docs: {
      description: {
        component: `A text field with a visible label, an optional hint and an error, wired with \`aria-describedby\` and \`aria-invalid\`.

\`\`\`tsx
<TextField label="Email address" type="email" autoComplete="email" hint="We send one letter a week." error={problem} />
\`\`\`

**Do** keep the label visible and say what is wrong in the error in plain words. **Don't** use a placeholder as the label or disable the field while a form submits. About 0.6 KB min+gzip.`,
      },
    },
  },
  args: {
    label: 'Email address',
    type: 'email',
    autoComplete: 'email',
    hint: 'We send one letter a week. Unsubscribe any time.',
  },
  decorators: [(Story) => <div style={{ maxWidth: '26rem' }}><Story /></div>],
} satisfies Meta<typeof TextField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Email address' });
    await userEvent.type(input, 'reader@example.com');
    await expect(input).toHaveValue('reader@example.com');
    await expect(input).toHaveAccessibleDescription('We send one letter a week. Unsubscribe any time.');
  },
};

export const WithError: Story = {
  args: {
    defaultValue: 'reader@example',
    error: 'Enter an email address in the correct format, like name@example.com',
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Email address' });
    await expect(input).toBeInvalid();
    await expect(input).toHaveAccessibleDescription(/Error: Enter an email address/);
  },
};

export const Optional: Story = {
  args: { label: 'First name', type: 'text', autoComplete: 'given-name', hint: undefined, showOptional: true },
};
