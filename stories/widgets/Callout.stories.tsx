import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Callout, calloutTitleLevels, calloutTones } from '../../src';

const meta = {
  title: 'Widgets/Callout',
  component: Callout,
  args: {
    tone: 'note',
    title: 'Why a short note works',
    titleLevel: 3,
    children: (
      <p>
        A hiring manager reads dozens of messages a day. Three sentences that own the mistake and offer a next
        step get read to the end; a page of explanations does not.
      </p>
    ),
  },
  argTypes: {
    tone: { control: 'select', options: calloutTones },
    titleLevel: { control: 'inline-radio', options: calloutTitleLevels },
  },
  decorators: [(Story) => <div style={{ maxWidth: '40rem' }}><Story /></div>],
  // The docs page is Callout.mdx.
  tags: ['!autodocs'],
} satisfies Meta<typeof Callout>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Note: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note', { name: 'Note: Why a short note works' })).toBeVisible();
  },
};

export const Tip: Story = {
  args: {
    tone: 'tip',
    title: 'Send it the same day',
    children: <p>An apology that arrives within a day reads as care; one that arrives a week later reads as damage control.</p>,
  },
};

export const Important: Story = {
  args: {
    tone: 'important',
    title: 'Own it in the first sentence',
    children: <p>“I missed our call” comes before any context. Put the reason first and it sounds like an excuse.</p>,
  },
};

export const Warning: Story = {
  args: {
    tone: 'warning',
    title: 'Don’t copy the manager’s boss',
    children: <p>Going over someone’s head after your own mistake turns an apology into a complaint.</p>,
  },
};

export const Caution: Story = {
  args: {
    tone: 'caution',
    title: 'Never invent an emergency',
    children: <p>Recruiters talk to each other. A made-up excuse that unravels costs you more than the missed call did.</p>,
  },
};

export const Script: Story = {
  args: {
    tone: 'script',
    title: 'What to say on the phone',
    children: <p>“I’m calling to apologise for missing our interview. That was my mistake.”</p>,
  },
};

/** Every tone together; the tone is in the icon, the colour and, for screen readers, in words. */
export const AllTones: Story = {
  render: () => (
    <div>
      {calloutTones.map((tone) => (
        <Callout key={tone} tone={tone} title={`${tone[0]!.toUpperCase()}${tone.slice(1)}`}>
          <p>Readers skim. A boxed aside catches the one thing they must not miss.</p>
        </Callout>
      ))}
    </div>
  ),
};

/** No title: the callout is named by its tone. */
export const WithoutTitle: Story = { args: { tone: 'tip', title: undefined } };

/** A callout inside a callout keeps both names and a plainer inner surface. */
export const Nested: Story = {
  args: {
    tone: 'important',
    title: 'Before you send anything',
    children: (
      <>
        <p>Read it aloud once. Then check the two things people get wrong most:</p>
        <Callout tone="tip" title="Names">
          <p>Spell the manager’s name exactly as it appears in their email signature.</p>
        </Callout>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note', { name: 'Important: Before you send anything' })).toContainElement(
      canvas.getByRole('note', { name: 'Tip: Names' }),
    );
  },
};
