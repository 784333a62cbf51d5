import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { POST_AUTHOR_ID, STORY_NOW, missedInterviewDiscussion } from '../content/discussion';
import { missedInterviewPost } from '../content/post';
import { SPANISH_POST_AUTHOR_ID, spanishDiscussion, spanishPost } from '../content/spanishPost';
import { arabicFullPage } from '../content/arabicFullPost';
import { es } from '../../src/locales/es';
import { ar } from '../../src/locales/ar';
import { FullPost } from './FullPost';

/**
 * The page publishers print again and again, whole: every careerkit widget on
 * one page, as a host composes them. The docs page is FullPost.mdx.
 */
const meta = {
  title: 'Pages/Full post',
  component: FullPost,
  args: {
    post: missedInterviewPost,
    discussion: missedInterviewDiscussion,
    postAuthorId: POST_AUTHOR_ID,
    viewer: { id: 'viewer-sam', name: 'Sam Okafor' },
    site: 'The Hiring Desk',
    signup: {
      title: 'Get the Weekly Letter',
      description: 'One reader’s problem every Thursday, with the full reply and the script to send.',
      nudgeTitle: 'The newsletter prints more than the blog',
      headerButton: 'Subscribe',
    },
    now: STORY_NOW,
    locale: 'en-US',
    timeZone: 'America/New_York',
  },
  argTypes: { post: { control: false }, discussion: { control: false } },
  // No "Show code": it would print this story's own <FullPost> page, which no
  // host has; FullPost.mdx shows the composition with careerkit's widgets.
  parameters: { docs: { canvas: { sourceState: 'none' } } },
  tags: ['!autodocs'],
} satisfies Meta<typeof FullPost>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Banner, question, reply with its script, promo, nudge, prompt, and a 15-comment discussion. */
export const English: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('I missed the final interview');
    await expect(canvas.getAllByRole('heading', { name: '15 Comments' })).toHaveLength(1);
    await expect(within(canvas.getByRole('note', { name: /How To Say It/i })).getByRole('button', { name: /Copy/ })).toBeVisible();
    await expect(canvas.getByLabelText('Email address')).toBeVisible();
    const jsonLd = JSON.parse(canvasElement.querySelector('script[type="application/ld+json"]')!.textContent!);
    await expect(jsonLd.commentCount).toBe(15);
  },
};

export const Newsprint: Story = { globals: { theme: 'newsprint' } };
export const Jobboard: Story = { globals: { theme: 'jobboard' } };
export const Dark: Story = { globals: { scheme: 'dark' } };

/** The reader opens the signup dialog from the site's header. */
export const SignupDialogOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement.querySelector('header')!).getByRole('button', { name: 'Subscribe' }));
    await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Get the Weekly Letter' });
  },
};

/** The whole page in Spanish: its own post and discussion, every built-in string from `careerkit/locales/es`. */
export const Spanish: Story = {
  args: {
    post: spanishPost,
    discussion: spanishDiscussion,
    postAuthorId: SPANISH_POST_AUTHOR_ID,
    viewer: { id: 'lucia-ferrer', name: 'Lucía Ferrer' },
    site: 'Oficio y Carrera',
    signup: {
      title: 'Recibe la carta semanal',
      description: 'Cada jueves, el problema de un lector con la respuesta completa y el guion para enviar.',
      nudgeTitle: 'El boletín trae más que el blog',
      headerButton: 'Suscribirse',
    },
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    messages: es,
  },
  globals: { locale: 'es-ES' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { name: '15 comentarios' })).toHaveLength(1);
    await expect(canvas.getByLabelText('Correo electrónico')).toBeVisible();
  },
};

/** Right to left, in Arabic: its own post and discussion, every built-in string from `careerkit/locales/ar`. */
export const Arabic: Story = {
  args: { ...arabicFullPage, messages: ar },
  globals: { dir: 'rtl', locale: 'ar-EG' },
};
