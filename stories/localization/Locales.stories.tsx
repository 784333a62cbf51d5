import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CommentThread, HowToSayIt, MessagesProvider, NewsletterSignup, ThemeProvider, type CareerkitMessages } from '../../src';
import type { ColorScheme, ThemeName } from '../../src/theme';
import { ar } from '../../src/locales/ar';
import { es } from '../../src/locales/es';
import { ARABIC_POST_AUTHOR_ID, arabicFullDiscussion } from '../content/arabicFullPost';
import { STORY_NOW } from '../content/discussion';
import { arabicTemplate } from '../content/scripts';
import { SPANISH_POST_AUTHOR_ID, spanishDiscussion } from '../content/spanishPost';

/** A thank-you note after an interview, with blanks to fill: written for this story. */
const spanishTemplate = `Hola, [nombre de la persona que te entrevistó]:

Gracias por el tiempo que me dedicaste el [día de la entrevista]. Salí de la conversación con más ganas de formar parte del equipo, sobre todo después de lo que me contaste del proyecto de [proyecto].

Me quedé pensando en tu pregunta sobre los plazos. Te respondí deprisa, así que te lo resumo mejor: en mi puesto actual reduje a la mitad el tiempo de cierre mensual cambiando el orden de las revisiones, no trabajando más horas.

Si necesitas algo más de mi parte, aquí estoy.

Un saludo,
[tu nombre]`;

interface WidgetSetProps {
  /** A whole shipped locale, or any part of one. */
  messages: CareerkitMessages;
  locale: string;
  dir: 'ltr' | 'rtl';
  script: string;
  emailSubject: string;
  comments: React.ComponentProps<typeof CommentThread>['comments'];
  postAuthorId: string;
  timeZone: string;
  /** Strings of the host's own, over the locale (a nested provider). */
  overrides?: CareerkitMessages;
}

/**
 * A script, the signup form and the discussion, as a host wires them for one
 * language: the direction on ThemeProvider (dialogs that portal out follow it),
 * the strings and the locale on MessagesProvider, and no `messages` or `locale`
 * prop on any widget.
 */
function WidgetSet({ messages, locale, dir, script, emailSubject, comments, postAuthorId, timeZone, overrides, theme, scheme }: WidgetSetProps & { theme?: ThemeName; scheme?: ColorScheme }) {
  return (
    <ThemeProvider theme={theme} scheme={scheme} dir={dir} lang={locale} style={{ padding: '1rem', background: 'var(--ck-color-page)' }}>
      <MessagesProvider messages={messages} locale={locale}>
        <MessagesProvider messages={overrides}>
          <div style={{ display: 'grid', gap: '2rem', maxWidth: '42rem' }}>
            <HowToSayIt script={script} medium="email" fillable email={{ subject: emailSubject }} collapseAfterLines={8} />
            <NewsletterSignup variant="card" action="/api/newsletter/form" askFirstName consent={{ version: 'v1', privacyUrl: '/privacy' }} />
            <CommentThread comments={comments} now={STORY_NOW} timeZone={timeZone} postAuthorId={postAuthorId} pageSize={5} />
          </div>
        </MessagesProvider>
      </MessagesProvider>
    </ThemeProvider>
  );
}

const meta = {
  title: 'Localization/Locales',
  component: WidgetSet,
  // The outer frame follows the toolbar's theme and scheme; the language sets the direction.
  render: (args, { globals }) => <WidgetSet {...args} theme={globals.theme as ThemeName} scheme={globals.scheme as ColorScheme} />,
  argTypes: { messages: { control: false }, overrides: { control: false }, comments: { control: false } },
  // No "Show code": it would print this story's own <WidgetSet> (`<k>` once
  // minified), which no host has; Localization.mdx shows the code above each canvas.
  parameters: { docs: { canvas: { sourceState: 'none' } } },
  // The docs page is Localization.mdx.
  tags: ['!autodocs'],
} satisfies Meta<typeof WidgetSet>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every built-in string from `careerkit/locales/es`; dates, plurals and numbers in `es`. */
export const Spanish: Story = {
  args: {
    messages: es,
    locale: 'es',
    dir: 'ltr',
    script: spanishTemplate,
    emailSubject: 'Gracias por la entrevista',
    comments: spanishDiscussion,
    postAuthorId: SPANISH_POST_AUTHOR_ID,
    timeZone: 'Europe/Madrid',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note', { name: `${es.HowToSayIt.tone}: ${es.HowToSayIt.title}` })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: '15 comentarios' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: es.NewsletterSignup.submit }));
    await expect(canvas.getByText(es.NewsletterSignup.emailRequired)).toBeVisible();
    await expect(canvas.queryAllByText(/Copy script|Subscribe|Comments/)).toHaveLength(0);
  },
};

/** Every built-in string from `careerkit/locales/ar`, right to left, with all six Arabic plural forms. */
export const ArabicRightToLeft: Story = {
  args: {
    messages: ar,
    locale: 'ar',
    dir: 'rtl',
    script: arabicTemplate,
    emailSubject: 'اعتذار عن مقابلة يوم الثلاثاء',
    comments: arabicFullDiscussion,
    postAuthorId: ARABIC_POST_AUTHOR_ID,
    timeZone: 'Asia/Amman',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note', { name: `${ar.HowToSayIt.tone}: ${ar.HowToSayIt.title}` })).toBeVisible();
    // 15 is in Arabic's "many" category: the singular noun, accusative.
    await expect(canvas.getByRole('heading', { level: 2, name: /تعليقًا$/ })).toBeVisible();
    await expect(canvas.queryAllByText(/Copy script|Subscribe|Comments/)).toHaveLength(0);
  },
};

/** A shipped locale with two strings of the host's own, from a nested provider. */
export const SpanishWithHostStrings: Story = {
  args: {
    ...Spanish.args,
    overrides: {
      NewsletterSignup: { title: 'Recibe La Carta del Lunes', submit: 'Quiero recibirla' },
    },
  } as WidgetSetProps,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Recibe La Carta del Lunes' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Quiero recibirla' })).toBeVisible();
    await expect(canvas.getByLabelText(es.NewsletterSignup.email)).toBeVisible();
  },
};
