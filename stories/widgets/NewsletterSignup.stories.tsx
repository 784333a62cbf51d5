import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  AdviceArticle,
  NewsletterSignup,
  fetchAdapter,
  formPostAdapter,
  ghostAdapter,
  mailchimpAdapter,
  newsletterVariants,
  type MailchimpReply,
  type SubscribeAdapter,
  type SubscribeOutcome,
} from '../../src';
import { missedInterviewPost } from '../content/post';

/** A stand-in back end for the stories: answers with `outcome` after `delay` ms (never, for `null`). */
function answering(outcome: SubscribeOutcome | null, delay = 300): SubscribeAdapter {
  return {
    subscribe: (_request, signal) =>
      new Promise((resolve) => {
        if (!outcome) return;
        const timer = setTimeout(() => resolve(outcome), delay);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve({ kind: 'network', reason: 'aborted' });
        });
      }),
  };
}

/**
 * Replaces `fetch` for one story with a function that answers like a
 * provider, and puts the real one back afterwards.
 */
function mockFetch(answer: (url: string, init?: RequestInit) => Response) {
  return () => {
    const real = window.fetch;
    window.fetch = async (input, init) => answer(String(input instanceof Request ? input.url : input), init);
    return () => {
      window.fetch = real;
    };
  };
}

/**
 * Answers Mailchimp's JSONP call for one story: the script the adapter adds
 * loads a stand-in reply (a blob: URL calling the adapter's callback) instead
 * of list-manage.com, so the real script, callback and clean-up all run.
 */
function mockJsonp(reply: MailchimpReply) {
  return () => {
    const head = document.head;
    const real = head.appendChild;
    head.appendChild = function <T extends Node>(node: T): T {
      if (node instanceof HTMLScriptElement && node.src.includes('/subscribe/post-json')) {
        const callback = new URL(node.src).searchParams.get('c');
        node.src = URL.createObjectURL(new Blob([`${callback}(${JSON.stringify(reply)})`], { type: 'text/javascript' }));
      }
      return real.call(this, node) as T;
    };
    return () => {
      head.appendChild = real;
    };
  };
}

const consent = { version: 'weekly-letter-2026-11', privacyUrl: 'https://careers.example/privacy' };

const meta = {
  title: 'Widgets/NewsletterSignup',
  component: NewsletterSignup,
  args: {
    title: 'Get the Weekly Letter',
    description: 'One reader’s problem every Thursday, with the full reply and the script to send.',
    consent,
    adapter: answering({ kind: 'pending-confirmation' }),
    onOutcome: fn(),
    // No `locale`: the toolbar's Locale sets it (preview.tsx).
  },
  argTypes: { variant: { control: 'inline-radio', options: newsletterVariants }, adapter: { control: false } },
  decorators: [(Story) => <div style={{ maxWidth: '40rem' }}><Story /></div>],
  // The docs page is NewsletterSignup.mdx.
  tags: ['!autodocs'],
} satisfies Meta<typeof NewsletterSignup>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Types an address and presses Subscribe, as a reader would. */
async function signUp(canvasElement: HTMLElement, address = 'jordan.reyes@example.com') {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Email address'), address);
  await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
  return canvas;
}
const stateOf = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-state]')?.getAttribute('data-state');

/** In the page's flow, under a post. */
export const Inline: Story = {};

/** A boxed card with a first-name field and a frequency choice. */
export const Card: Story = {
  args: {
    variant: 'card',
    askFirstName: true,
    choices: {
      legend: 'How often?',
      type: 'radio',
      options: [
        { value: 'weekly', label: 'Every Thursday' },
        { value: 'monthly', label: 'A monthly digest' },
      ],
    },
  },
};

/** The compact nudge the columnist places mid-reply, inside the article. */
export const NudgeInArticle: Story = {
  args: { variant: 'nudge', title: 'The newsletter prints more than the blog', titleLevel: 'p', description: undefined },
  render: (args) => (
    <AdviceArticle
      post={missedInterviewPost}
      timeZone="America/New_York"
      locale="en-US"
      signupNudge={<NewsletterSignup {...args} />}
    />
  ),
  decorators: [(Story) => <Story />],
};

/** Consent asked per channel: unticked boxes; the request says which were ticked. */
export const ConsentPerChannel: Story = {
  args: {
    minFillMs: 0,
    consent: {
      version: 'weekly-letter-2026-11-channels',
      channels: [
        { id: 'newsletter', label: 'The Weekly Letter' },
        { id: 'courses', label: 'News of the columnist’s workshops' },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = await signUp(canvasElement);
    const box = canvas.getByRole('checkbox', { name: 'The Weekly Letter' });
    await expect(box).toHaveFocus();
    await expect(box).toHaveAccessibleDescription('Error: Choose what we may send you');
    await userEvent.click(canvas.getByRole('checkbox', { name: 'The Weekly Letter' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(args.onOutcome).toHaveBeenCalledTimes(1));
  },
};

/** Submitted with nothing typed: the error is at the field, which has focus. */
export const ValidationError: Story = {
  args: { minFillMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Email address'), 'jordan@example');
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    await expect(canvas.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Email address')).toHaveFocus();
  },
};

/** A pasted "Name <address>" is tidied, and a likely typo gets a suggestion that does not block. */
export const TypoSuggestion: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('Email address'));
    await userEvent.paste('Jordan Reyes <jordan.reyes@Gmial.com>');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'jordan.reyes@gmail.com' })).toBeVisible();
  },
};

/** While the request runs: the button says so (and ignores clicks); the field stays editable. */
export const Submitting: Story = {
  args: { minFillMs: 0, adapter: answering(null) },
  play: async ({ canvasElement }) => {
    const canvas = await signUp(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Subscribing…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Double opt-in: "Check your inbox" with the address, a spam-folder hint and a way back. */
export const PendingConfirmation: Story = {
  args: { minFillMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = await signUp(canvasElement);
    await canvas.findByText('Check your inbox', { ignore: '[role=status]' });
    await expect(stateOf(canvasElement)).toBe('pending-confirmation');
  },
};

export const Subscribed: Story = {
  args: { minFillMs: 0, adapter: answering({ kind: 'subscribed' }) },
  play: async ({ canvasElement }) => {
    await signUp(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('subscribed'));
  },
};

/** Neutral, never an error. */
export const AlreadySubscribed: Story = {
  args: { minFillMs: 0, adapter: answering({ kind: 'already-subscribed' }) },
  play: async ({ canvasElement }) => {
    await signUp(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('already-subscribed'));
  },
};

/** The provider said when to retry; the address stays in the field. */
export const RateLimited: Story = {
  args: { minFillMs: 0, adapter: answering({ kind: 'rate-limited', retryAfter: 300 }) },
  play: async ({ canvasElement }) => {
    const canvas = await signUp(canvasElement);
    await canvas.findByText('Too many attempts. Try again in 5 minutes.', { ignore: '[role=status]' });
    await expect(canvas.getByLabelText('Email address')).toHaveValue('jordan.reyes@example.com');
  },
};

export const Offline: Story = {
  args: { minFillMs: 0, adapter: answering({ kind: 'network', reason: 'offline' }) },
  play: async ({ canvasElement }) => {
    await signUp(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('offline'));
  },
};

/** A 500, a timeout or an unreadable answer: one plain message, the address kept. */
export const Error: Story = {
  args: { minFillMs: 0, adapter: answering({ kind: 'unknown', reason: 'status', status: 500 }) },
  play: async ({ canvasElement }) => {
    const canvas = await signUp(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('error'));
    await expect(canvas.getByLabelText('Email address')).toHaveValue('jordan.reyes@example.com');
  },
};

/** `fetchAdapter` posting JSON to the host's own endpoint (here answered by a stand-in `fetch`). */
export const WithFetchAdapter: Story = {
  args: { minFillMs: 0, adapter: fetchAdapter({ url: '/api/newsletter' }) },
  beforeEach: mockFetch(() => Response.json({ status: 'pending' }, { status: 200 })),
  play: async ({ canvasElement, args }) => {
    await signUp(canvasElement);
    await waitFor(() => expect(args.onOutcome).toHaveBeenCalledWith({ kind: 'pending-confirmation' }, expect.anything()));
  },
};

/** `ghostAdapter`: Ghost's integrity token, then its magic link (stand-in `fetch` answering as Ghost does). */
export const WithGhostAdapter: Story = {
  args: { minFillMs: 0, adapter: ghostAdapter({ url: 'https://letters.example', labels: ['Weekly Letter'] }) },
  beforeEach: mockFetch((url) =>
    url.includes('integrity-token') ? new Response('story-token', { status: 200 }) : new Response(null, { status: 201 }),
  ),
  play: async ({ canvasElement }) => {
    await signUp(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('pending-confirmation'));
  },
};

/** `formPostAdapter` (Buttondown/Kit style), here answered with a rate limit whose message carries HTML. */
export const WithFormPostAdapter: Story = {
  args: { minFillMs: 0, adapter: formPostAdapter({ url: 'https://forms.example/subscribe' }) },
  beforeEach: mockFetch(
    () =>
      new Response('<p>Too many requests. <b>Try again</b> in 2 minutes.</p>', {
        status: 429,
        headers: { 'Retry-After': '120', 'Content-Type': 'text/html' },
      }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = await signUp(canvasElement);
    await canvas.findByText('Too many attempts. Try again in 2 minutes.', { ignore: '[role=status]' });
  },
};

/** `mailchimpAdapter`: Mailchimp's embedded form over JSONP (a stand-in reply, with the HTML Mailchimp puts in its messages). */
export const WithMailchimpAdapter: Story = {
  args: { minFillMs: 0, adapter: mailchimpAdapter({ url: 'https://careers.us21.list-manage.com/subscribe/post?u=a1b2c3d4e5&id=f6a7b8c9d0' }) },
  beforeEach: mockJsonp({ result: 'success', msg: 'Almost finished… <strong>confirm</strong> with the link we just emailed you.' }),
  play: async ({ canvasElement, args }) => {
    const canvas = await signUp(canvasElement);
    await canvas.findByText('Check your inbox', { ignore: '[role=status]' });
    await expect(args.onOutcome).toHaveBeenCalledWith(
      { kind: 'pending-confirmation', message: 'Almost finished… confirm with the link we just emailed you.' },
      expect.anything(),
    );
    await expect(document.querySelector('script[src*="/subscribe/post-json"], script[src^="blob:"]')).toBeNull();
  },
};

/** The card in each brand, and in the dark scheme (the toolbar switches these for every story). */
export const Newsprint: Story = { args: Card.args, globals: { theme: 'newsprint' } };
export const Jobboard: Story = { args: Card.args, globals: { theme: 'jobboard' } };
export const Dark: Story = { args: Card.args, globals: { scheme: 'dark' } };

/** Right to left, with the strings in Arabic. */
export const RightToLeft: Story = {
  args: {
    locale: 'ar',
    title: 'اشترك في الرسالة الأسبوعية',
    description: 'مشكلة قارئ واحدة كل خميس، مع الرد الكامل والنص الجاهز للإرسال.',
    messages: {
      email: 'البريد الإلكتروني',
      submit: 'اشترك',
      submitting: 'جارٍ الاشتراك…',
      privacy: 'سياسة الخصوصية',
      notice: (privacy) => <>نستخدم عنوانك لإرسال الرسالة فقط، ويمكنك إلغاء الاشتراك متى شئت. {privacy}</>,
    },
  },
  decorators: [(Story) => <div dir="rtl" lang="ar" style={{ maxWidth: '40rem' }}><Story /></div>],
};
