/**
 * The Controls panel is where a host developer tries a widget's props, on a
 * story or on its docs page. A control must never break the story it drives.
 *
 * A React element in an arg (`children: <p>…</p>`) gets the object control
 * when nothing says otherwise: it shows the element as JSON, and opening that
 * JSON to edit it (even changing nothing) hands the component a plain object
 * where it expects an element, so React throws and the story is replaced by
 * an error. Such args carry no control.
 *
 * A ReactNode prop that holds text (a title, a lead-in) would get the same
 * object control, which takes only JSON: words typed there without quotes are
 * dropped, and the story does not change. It gets a text box.
 *
 * A story that keeps an arg in state (the CommentThread stories play a host
 * that adds replies) still follows that arg's control.
 *
 * The toolbar's Locale ("for dates, numbers and plurals") reaches the widgets
 * of every story that does not show a language of its own.
 *
 * "Show code" on a story whose render takes args prints the element that
 * render returns, named after its component (minified in the static build:
 * `<y comments={…}>`). A host copies that, so it names careerkit's own
 * component or an HTML element, or the story hides its code.
 */
import * as React from 'react';
import { composeStories, composeStory } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview';
import * as careerkit from '../../src';
import { missedInterviewDiscussion } from '../../stories/content/discussion';
import * as articleStories from '../../stories/widgets/AdviceArticle.stories';
import * as threadStories from '../../stories/widgets/CommentThread.stories';
import * as signupStories from '../../stories/widgets/NewsletterSignup.stories';

const modules = import.meta.glob<Record<string, unknown>>('../../stories/**/*.stories.tsx', { eager: true });

/** Where in `value` a React element sits ('' for the value itself), if anywhere. */
function elementPath(value: unknown, path = '', depth = 0): string | undefined {
  if (React.isValidElement(value)) return path;
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = elementPath(inner, `${path}.${key}`, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

type Composed = { args: Record<string, unknown>; argTypes: Record<string, { control?: unknown }> };

const stories = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(composeStories(module as Parameters<typeof composeStories>[0], preview)).map(
    ([name, story]) => [`${file.replace('../../stories/', '')} ${name}`, story as Composed] as const,
  ),
);

describe('story controls', () => {
  it('are found for every story file', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(14);
    expect(stories.length).toBeGreaterThanOrEqual(80);
  });

  it.each(stories)('%s: an arg holding a React element has no control', (_, story) => {
    const broken = Object.entries(story.args)
      .map(([name, value]) => ({ name, at: elementPath(value), control: story.argTypes[name]?.control }))
      .filter(({ at, control }) => at !== undefined && control !== false && (control as { disable?: boolean } | undefined)?.disable !== true)
      .map(({ name, at }) => `${name}${at}`);
    expect(broken).toEqual([]);
  });
});

describe('a ReactNode prop (as react-docgen-typescript describes it)', () => {
  const Title = ({ title }: { title?: React.ReactNode }) => React.createElement('p', null, title);
  const meta = {
    title: 'Test/Title',
    component: Title,
    argTypes: { title: { type: { name: 'other', value: 'ReactNode' } } },
  } as const;
  const compose = (args: Record<string, unknown>) =>
    composeStory({ args }, meta as Parameters<typeof composeStory>[1], preview) as unknown as Composed;

  it('holding text gets a text box', () => {
    expect(compose({ title: 'Why a short note works' }).argTypes.title?.control).toEqual({ type: 'text' });
  });

  it('left empty gets a text box, to type a title into', () => {
    expect(compose({}).argTypes.title?.control).toEqual({ type: 'text' });
  });

  it('holding an element gets no control', () => {
    expect(compose({ title: React.createElement('em', null, 'Why') }).argTypes.title?.control).toBe(false);
  });
});

describe('the CommentThread stories', () => {
  const { Discussion } = composeStories(threadStories, preview);

  it('follow the comments control: an edited comment shows, as after a host refetches', () => {
    const [one, two] = missedInterviewDiscussion;
    const { rerender } = render(<Discussion comments={[{ ...one!, body: 'Write the same day.' }, two!]} />);
    expect(screen.getByText('Write the same day.')).toBeInTheDocument();

    rerender(<Discussion comments={[{ ...one!, body: 'Write the same day, and keep it short.' }, two!]} />);
    expect(screen.getByText('Write the same day, and keep it short.')).toBeInTheDocument();
    expect(screen.queryByText('Write the same day.')).not.toBeInTheDocument();
  });
});

describe('the Locale toolbar', () => {
  // The toolbar's locale, as a reader picks it (initialGlobals is where a story starts).
  const french = { ...preview, initialGlobals: { ...preview.initialGlobals, locale: 'fr-FR' } };

  it('formats the thread’s relative times', () => {
    const { Discussion } = composeStories(threadStories, french);
    render(<Discussion />);
    expect(screen.getAllByText('il y a 4 jours').length).toBeGreaterThan(0);
  });

  it('formats the article’s dates', () => {
    const { FullPost } = composeStories(articleStories, french);
    render(<FullPost />);
    expect(screen.getByText(/20 novembre 2026/)).toBeInTheDocument();
  });

  it('formats the signup form’s retry time', async () => {
    const { RateLimited } = composeStories(signupStories, french);
    render(<RateLimited />);
    await userEvent.type(screen.getByLabelText('Email address'), 'jordan.reyes@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText(/dans 5 minutes/, { ignore: '[role=status]' })).toBeInTheDocument();
  });
});

describe('Show code', () => {
  type Annotated = { component?: unknown; render?: (args: Record<string, unknown>, context: unknown) => unknown; args?: Record<string, unknown>; parameters?: { docs?: { canvas?: { sourceState?: string } } } };
  const exported = new Set(Object.keys(careerkit));
  const cases = Object.entries(modules).flatMap(([file, module]) => {
    const meta = module.default as Annotated;
    return Object.entries(module)
      .filter(([name]) => name !== 'default')
      .map(([name, story]) => [`${file.replace('../../stories/', '')} ${name}`, meta, story as Annotated] as const);
  });

  it.each(cases)('%s names a careerkit component or an HTML element', (_, meta, story) => {
    const render = story.render ?? meta.render;
    const hidden = (story.parameters ?? meta.parameters)?.docs?.canvas?.sourceState === 'none';
    if (hidden || (render && render.length === 0)) return;
    // Without a render, Storybook renders (and prints) the meta's component.
    const context = { globals: preview.initialGlobals, args: {} };
    const type = (render ? (render({ ...meta.args, ...story.args }, context) as React.ReactElement).type : meta.component) as
      | string
      | { displayName?: string; name?: string };
    const named =
      typeof type === 'string' || (Object.values(careerkit) as unknown[]).includes(type) || exported.has(type.displayName ?? '');
    expect(named, `<${typeof type === 'string' ? type : (type.displayName ?? type.name)}>`).toBe(true);
  });
});
