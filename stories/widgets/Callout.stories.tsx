import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Callout, calloutTitleLevels, calloutTones, type CalloutTone } from '../../src';

/** What each tone is for, in the column's own words: the stories and the docs page show these. */
const examples = {
  note: {
    title: 'Why a short note works',
    body: 'A hiring manager reads dozens of messages a day. Three sentences that own the mistake and offer a next step get read to the end; a page of explanations does not.',
  },
  tip: {
    title: 'Send it the same day',
    body: 'An apology that arrives within a day reads as care; one that arrives a week later reads as damage control.',
  },
  important: {
    title: 'Own it in the first sentence',
    body: '“I missed our call” comes before any context. Put the reason first and it sounds like an excuse.',
  },
  warning: {
    title: 'Don’t copy the manager’s boss',
    body: 'Going over someone’s head after your own mistake turns an apology into a complaint.',
  },
  caution: {
    title: 'Never invent an emergency',
    body: 'Recruiters talk to each other. A made-up excuse that unravels costs you more than the missed call did.',
  },
  script: {
    title: 'What to say on the phone',
    body: '“I’m calling to apologise for missing our interview. That was my mistake.”',
  },
} satisfies Record<CalloutTone, { title: string; body: string }>;

const toneArgs = (tone: CalloutTone) => ({ tone, title: examples[tone].title, children: <p>{examples[tone].body}</p> });

const meta = {
  title: 'Widgets/Callout',
  component: Callout,
  args: { ...toneArgs('note'), titleLevel: 3 },
  argTypes: {
    children: { description: 'The callout’s body: paragraphs, a list, a link.', table: { type: { summary: 'ReactNode' } } },
    tone: { control: 'select', options: calloutTones },
    titleLevel: { control: 'inline-radio', options: calloutTitleLevels },
  },
  decorators: [(Story) => <div style={{ maxWidth: '40rem' }}><Story /></div>],
  // The docs page is Callout.mdx.
  tags: ['!autodocs'],
} satisfies Meta<typeof Callout>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Background the reader may want: why it works, what usually happens. */
export const Note: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note', { name: 'Note: Why a short note works' })).toBeVisible();
  },
};

/** A practical step that makes the advice work better. */
export const Tip: Story = { args: toneArgs('tip') };

/** The one thing the reader must not miss. */
export const Important: Story = { args: toneArgs('important') };

/** A move that tends to backfire. */
export const Warning: Story = { args: toneArgs('warning') };

/** Something never to do: it can cost the reader the job. */
export const Caution: Story = { args: toneArgs('caution') };

/** Words to say or send as they are; HowToSayIt adds copying, blanks and email to this tone. */
export const Script: Story = { args: toneArgs('script') };

/** Every tone together, each as a column would use it; the tone is in the icon, the colour and, for screen readers, in words. */
export const AllTones: Story = {
  render: () => (
    <div>
      {calloutTones.map((tone) => (
        <Callout key={tone} tone={tone} title={examples[tone].title}>
          <p>{examples[tone].body}</p>
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
