import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Announcer, Button } from '../../src';

const meta = {
  title: 'Foundations/Announcer',
  component: Announcer,
  parameters: {
    docs: {
      description: {
        component: `A polite live region that exists from the first render, so screen readers hear each message ("Script copied", "5 more replies loaded"). Every careerkit widget announces through one.

\`\`\`tsx
const [message, setMessage] = useState('');
<Announcer message={message} announceKey={count} />
\`\`\`

**Do** render it before the first message (a region added with its text is often not read). **Don't** announce what the reader can already see under their focus. About 0.2 KB min+gzip.`,
      },
    },
  },
} satisfies Meta<typeof Announcer>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The live region exists before anything is said; each click announces again. */
export const Polite: Story = {
  render: () => {
    const [count, setCount] = React.useState(0);
    return (
      <div>
        <Button onClick={() => setCount((c) => c + 1)}>Copy script</Button>
        <Announcer message={count > 0 ? 'Script copied.' : ''} announceKey={count} visible />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent('');
    await userEvent.click(canvas.getByRole('button', { name: 'Copy script' }));
    await expect(status).toHaveTextContent('Script copied.');
  },
};
