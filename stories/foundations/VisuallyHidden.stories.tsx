import type { Meta, StoryObj } from '@storybook/react-vite';
import { VisuallyHidden } from '../../src';

const meta = {
  title: 'Foundations/VisuallyHidden',
  component: VisuallyHidden,
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
