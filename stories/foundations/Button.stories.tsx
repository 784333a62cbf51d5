import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button, buttonSizes, buttonTones } from '../../src';

const meta = {
  title: 'Foundations/Button',
  component: Button,
  parameters: {
    docs: {
      description: {
        component: `A button in one of four tones (\`buttonTones\`) and two sizes, or a link styled as one with \`asChild\`.

\`\`\`tsx
<Button tone="primary" onClick={copy}>Copy script</Button>
<Button asChild tone="secondary"><a href="/guide">Get the guide</a></Button>
<Button busy>Subscribing…</Button>
\`\`\`

**Do** use \`busy\` while work runs: the button keeps focus, says \`aria-disabled\` and ignores clicks, so a screen reader user is not thrown to the top of the page. **Don't** use \`disabled\` for that, and don't make a link look like a button unless it acts like one (\`asChild\` keeps the element a link). About 0.6 KB min+gzip.`,
      },
    },
  },
  args: { children: 'Copy script', tone: 'primary', size: 'md', onClick: fn() },
  argTypes: {
    tone: { control: 'inline-radio', options: buttonTones },
    size: { control: 'inline-radio', options: buttonSizes },
  },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Copy script' });
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const AllTones: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
      {buttonTones.map((tone) => (
        <Button key={tone} {...args} tone={tone}>
          {tone === 'critical' ? 'Delete my comment' : `Subscribe (${tone})`}
        </Button>
      ))}
    </div>
  ),
};

/** Busy keeps focus and the tab stop; clicks are ignored until the work is done. */
export const Busy: Story = {
  args: { busy: true, children: 'Subscribing…' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Subscribing…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

/** `asChild` lends the button look to the host's own link. */
export const AsLink: Story = {
  args: { asChild: true, tone: 'secondary', children: <a href="#archive">Read the newsletter archive</a> },
};
