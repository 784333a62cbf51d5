import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../../src';

const meta = {
  title: 'Foundations/TextField',
  component: TextField,
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
