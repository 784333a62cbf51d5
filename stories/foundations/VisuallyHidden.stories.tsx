import type { Meta, StoryObj } from '@storybook/react-vite';
import { VisuallyHidden } from '../../src';

const meta = {
  title: 'Foundations/VisuallyHidden',
  component: VisuallyHidden,
  parameters: {
    docs: {
      description: {
        component: `Text for screen readers only: kept in the accessibility tree, taken out of the layout.

\`\`\`tsx
<button><span aria-hidden="true">#</span><VisuallyHidden>Link to “The Question”</VisuallyHidden></button>
\`\`\`

**Do** use it to name icon-only controls and to say what colour alone shows. **Don't** hide text a sighted reader also needs. About 0.1 KB min+gzip.`,
      },
    },
  },
} satisfies Meta<typeof VisuallyHidden>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The tone is said to screen readers; sighted readers see it from the icon and colour. */
export const ToneLabel: Story = {
  render: () => (
    <p>
      <span aria-hidden="true">💡 </span>
      <VisuallyHidden>Tip: </VisuallyHidden>
      Send the note within a day of the missed call, not a week later.
    </p>
  ),
};
