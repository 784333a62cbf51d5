import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button, Heading, TextField, ThemeProvider } from '../../src';
import { colorSchemes, createBrandTheme, themeNames, themes, vars } from '../../src/theme';

/** A small slice of an advice post, to judge a theme by. */
function Sample({ title }: { title: string }) {
  return (
    <div
      style={{
        background: vars.color.page,
        color: vars.color.text,
        padding: vars.space.lg,
        border: `${vars.borderWidth.thin} solid ${vars.color.border}`,
        borderRadius: vars.radius.lg,
        display: 'grid',
        gap: vars.space.md,
        maxWidth: vars.size.readingWidth,
      }}
    >
      <p style={{ margin: 0, color: vars.color.textMuted, fontSize: vars.fontSize.sm }}>{title}</p>
      <Heading level={3}>I missed the final interview. Is the job gone?</Heading>
      <p style={{ margin: 0 }}>
        You can’t un-miss it. You can make the next message so clear and so prompt that the manager wants to give
        you another slot. <a href="#reply" style={{ color: vars.color.link }}>Read the reply</a>.
      </p>
      <blockquote
        style={{
          margin: 0,
          padding: vars.space.md,
          background: vars.color.surfaceMuted,
          fontFamily: vars.font.script,
          borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.brand}`,
        }}
      >
        “I’m sorry I missed our call on Tuesday. That was my mistake, and I’d welcome the chance to make it right.”
      </blockquote>
      <TextField label="Email address" type="email" autoComplete="email" hint="One letter a week." />
      <div style={{ display: 'flex', gap: vars.space.xs, flexWrap: 'wrap' }}>
        <Button>Subscribe</Button>
        <Button tone="secondary">Copy script</Button>
      </div>
    </div>
  );
}

const meta = {
  title: 'Theming/ThemeProvider',
  component: ThemeProvider,
  parameters: {
    docs: {
      description: {
        component: `The theme (\`default\`, \`newsprint\`, \`jobboard\`, or a brand from \`createBrandTheme()\`), colour scheme (\`light\`, \`dark\`, \`system\`) and direction for a subtree, carried into dialogs that portal out of it.

\`\`\`tsx
<ThemeProvider theme="newsprint" scheme="system" dir="rtl" lang="ar">…</ThemeProvider>
\`\`\`

**Do** set \`dir\` and \`lang\` with right-to-left content. **Do** keep each colour pair readable when you brand (\`brand\` on \`onBrand\`, \`text\` on \`page\`): check your pairs' contrast, in light and dark. It renders on the server, so the first paint is already themed. About 0.4 KB min+gzip. See Theming for the three ways to brand.`,
      },
    },
  },
  args: { theme: 'default', scheme: 'light' },
  argTypes: {
    theme: { control: 'inline-radio', options: themeNames },
    scheme: { control: 'inline-radio', options: colorSchemes },
  },
  render: (args) => (
    <ThemeProvider {...args}>
      <Sample title={`${String(args.theme)} · ${args.scheme}`} />
    </ThemeProvider>
  ),
} satisfies Meta<typeof ThemeProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** The three built-in themes, light and dark, side by side. */
export const AllThemes: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))' }}>
      {themeNames.flatMap((theme) =>
        (['light', 'dark'] as const).map((scheme) => (
          <ThemeProvider key={`${theme}-${scheme}`} theme={theme} scheme={scheme}>
            <Sample title={`${theme} · ${scheme}`} />
          </ThemeProvider>
        )),
      )}
    </div>
  ),
};

const forestBrand = createBrandTheme({
  base: 'newsprint',
  color: { brand: '#1f5c3a', link: '#1f5c3a', linkHover: '#123822', brandSoft: '#dcebe1', onBrandSoft: '#123822' },
  font: { heading: 'Georgia, serif' },
  radius: { md: '6px', lg: '10px' },
  dark: { color: { brand: '#8fd1a8', onBrand: '#0d2616', link: '#a5dcb9', linkHover: '#c9ecd6' } },
});

/** `createBrandTheme()`: a typed partial token set, applied as inline variables (no flash). */
export const BrandTheme: Story = {
  args: { theme: forestBrand },
  render: (args) => (
    <ThemeProvider {...args}>
      <Sample title="createBrandTheme({ base: 'newsprint', color: { brand: '#1f5c3a' } })" />
    </ThemeProvider>
  ),
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Subscribe' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(31, 92, 58)');
  },
};

/**
 * Plain CSS: any `--ck-*` variable, set by the host, wins over the theme. Colours
 * come in pairs: set `--ck-color-on-brand` with `--ck-color-brand`, or text on the
 * brand colour may lose its contrast in another scheme; and `--ck-color-on-brand-soft`,
 * the primary button's hover fill, or the button turns the base theme's colour on hover.
 */
export const PlainCssOverride: Story = {
  render: () => (
    <div
      style={{
        ['--ck-color-brand' as string]: '#6b2fa3',
        ['--ck-color-on-brand' as string]: '#ffffff',
        ['--ck-color-on-brand-soft' as string]: '#3f1566',
        ['--ck-radius-md' as string]: '0px',
      }}
    >
      <Sample title="--ck-color-brand: #6b2fa3; --ck-color-on-brand: #fff; --ck-color-on-brand-soft: #3f1566; --ck-radius-md: 0" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Subscribe' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(107, 47, 163)');
  },
};

/** The token table: every variable a brand can set, with the default theme's values. */
export const Tokens: Story = {
  render: () => (
    <table style={{ borderCollapse: 'collapse', fontSize: vars.fontSize.sm }}>
      <caption style={{ textAlign: 'start', fontWeight: 700, paddingBlock: '0.5rem' }}>
        careerkit theme variables (default theme, light)
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start', padding: '0.25rem 0.5rem' }}>Variable</th>
          <th scope="col" style={{ textAlign: 'start', padding: '0.25rem 0.5rem' }}>Value</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(vars).flatMap(([group, tokens]) =>
          Object.entries(tokens as Record<string, string>).map(([name, variable]) => (
            <tr key={variable} style={{ borderBlockStart: `1px solid ${vars.color.border}` }}>
              <td style={{ padding: '0.25rem 0.5rem', fontFamily: vars.font.mono }}>{variable.slice(4, -1)}</td>
              <td style={{ padding: '0.25rem 0.5rem', fontFamily: vars.font.mono }}>
                {group === 'color' ? (
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      width: '1em',
                      height: '1em',
                      marginInlineEnd: '0.5em',
                      verticalAlign: 'middle',
                      background: variable,
                      border: `1px solid ${vars.color.borderStrong}`,
                    }}
                  />
                ) : null}
                {(themes.default.light as Record<string, Record<string, string>>)[group]?.[name]}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  ),
};
