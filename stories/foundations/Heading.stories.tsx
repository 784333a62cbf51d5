import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading, headingLevels, headingSizes } from '../../src';

const meta = {
  title: 'Foundations/Heading',
  component: Heading,
  parameters: {
    docs: {
      description: {
        component: `A heading whose level the host chooses (\`1\`–\`6\`, or \`p\` for a heading-styled paragraph outside the outline), sized apart from its level.

\`\`\`tsx
<Heading level={2} size="lg">Alex’s Reply</Heading>
\`\`\`

**Do** pick the level from where the heading sits in your page, not from how big it should look (use \`size\` for that). **Don't** skip levels. About 0.3 KB min+gzip.`,
      },
    },
  },
  args: { level: 2, children: 'Alex’s Reply' },
  argTypes: {
    level: { control: 'select', options: headingLevels },
    size: { control: 'inline-radio', options: [undefined, ...headingSizes] },
  },
} satisfies Meta<typeof Heading>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The outline level is the host's; the size is a separate, visual choice. */
export const LevelsAndSizes: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      <Heading level={1}>I ghosted a hiring manager. Can I fix it?</Heading>
      <Heading level={2}>Alex’s Reply</Heading>
      <Heading level={3}>How To Say It</Heading>
      <Heading level={4}>Have you been there?</Heading>
      <Heading level="p" size="md">
        A paragraph styled as a heading, outside the outline
      </Heading>
    </div>
  ),
};
