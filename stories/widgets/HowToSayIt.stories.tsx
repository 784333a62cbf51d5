import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { HowToSayIt, ThemeProvider, calloutTitleLevels, scriptMedia } from '../../src';
import { themeNames } from '../../src/theme';
import { apologyScript, apologyTemplate, arabicMessages, arabicTemplate, longScript } from '../content/scripts';

const meta = {
  title: 'Widgets/HowToSayIt',
  component: HowToSayIt,
  args: {
    script: apologyScript,
    medium: 'email',
    leadIn: 'Send this today, before the role is filled:',
    email: { subject: 'My apology for missing Tuesday’s interview' },
    onCopyScript: fn(),
  },
  argTypes: {
    medium: { control: 'inline-radio', options: scriptMedia },
    titleLevel: { control: 'inline-radio', options: calloutTitleLevels },
  },
  decorators: [(Story) => <div style={{ maxWidth: '42rem' }}><Story /></div>],
  // The docs page is HowToSayIt.mdx.
  tags: ['!autodocs'],
} satisfies Meta<typeof HowToSayIt>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The apology-and-plan note from the column, ready to copy or open as an email. */
export const Default: Story = {};

/** Keyboard only: Tab to Copy, press Enter; the result is announced either way. */
export const KeyboardCopy: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const copy = canvas.getByRole('button', { name: 'Copy script' });
    copy.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onCopyScript).toHaveBeenCalledTimes(1));
    await expect(canvas.getByRole('status')).not.toHaveTextContent(/^$/);
  },
};

/** Blanks the reader fills in; the preview and the copied text use what they type. */
export const WithPlaceholders: Story = {
  args: { script: apologyTemplate, fillable: true, leadIn: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Company' }), 'Northwind Freight');
    await expect(canvasElement.querySelector('blockquote')).toHaveTextContent('role at Northwind Freight');
  },
};

/** Highlighted blanks without the fields. */
export const PlaceholdersOnly: Story = { args: { script: apologyTemplate, email: undefined, leadIn: undefined } };

/** A long script collapses on screen; copy, email and print use all of it. */
export const Long: Story = {
  args: { script: longScript, medium: 'email', email: { subject: 'Re: Offer' }, leadIn: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole('button', { name: 'Show full script' });
    await userEvent.click(toggle);
    await expect(canvas.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  },
};

/** To be said aloud, written as children with emphasis. */
export const SaidAloud: Story = {
  args: {
    script: undefined,
    medium: 'say',
    email: undefined,
    leadIn: 'If they pick up the phone:',
    children: (
      <>
        <p>
          Hi, it’s Jordan Reyes. I missed our interview on Tuesday, and I’m <em>sorry</em>. That was my mistake.
        </p>
        <p>If there’s still a chance to talk about the role, I’d be grateful for it.</p>
      </>
    ),
  },
};

/** Right to left: an Arabic script with every built-in string translated. */
export const RightToLeft: Story = {
  args: {
    script: arabicTemplate,
    fillable: true,
    medium: 'letter',
    leadIn: undefined,
    email: { subject: 'اعتذار عن مقابلة يوم الثلاثاء' },
    messages: arabicMessages,
  },
  decorators: [(Story) => <div dir="rtl" lang="ar"><Story /></div>],
};

/** The same script in each built-in theme. */
export const EachTheme: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {themeNames.map((theme) => (
        <ThemeProvider key={theme} theme={theme} style={{ padding: '1rem', background: 'var(--ck-color-page)' }}>
          <HowToSayIt {...args} title={`How To Say It (${theme})`} />
        </ThemeProvider>
      ))}
    </div>
  ),
};

/** An empty script from a CMS: the title shows, there is nothing to copy. */
export const EmptyScript: Story = { args: { script: '   ', email: undefined, leadIn: undefined } };

/** Markup-like text from a CMS shows as text. */
export const MarkupAsText: Story = {
  args: { script: 'Hi <b>Ana</b>,\n\n<script>alert("x")</script> is not how I want to start. Sorry.', email: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('blockquote b, blockquote script')).toBeNull();
  },
};
