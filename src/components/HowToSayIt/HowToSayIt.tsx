import * as React from 'react';
import { copyShortcut, copyText } from '../../internal/clipboard';
import { shown, warnOnce } from '../../internal/dev';
import { useMessages } from '../../internal/messages';
import { renderable } from '../../internal/node';
import { wellFormed } from '../../internal/text';
import { cmsNumber } from '../../internal/number';
import { oneOf } from '../../internal/values';
import { Announcer } from '../Announcer';
import { buttonLook } from '../Button/buttonLook';
import { calloutTitleLevels, type CalloutTitleLevel } from '../Callout/Callout';
import { CalloutFrame } from '../Callout/CalloutFrame';
import * as fieldStyles from '../TextField/TextField.css';
import * as styles from './HowToSayIt.css';
import {
  buildMailto,
  estimateLines,
  fillPlaceholders,
  findPlaceholders,
  normalizeScript,
  splitParagraphs,
  tokenizeLine,
} from './scriptText';

export const scriptMedia = ['say', 'email', 'letter'] as const;
export type ScriptMedium = (typeof scriptMedia)[number];

export const howToSayItMessages = {
  title: 'How To Say It',
  /** Said to screen readers before the title, as the callout's tone. */
  tone: 'Script',
  copy: 'Copy script',
  copied: 'Copied',
  copiedAnnouncement: 'Script copied.',
  copyFallback: (shortcut: string) => `Copying was blocked. The script is selected: press ${shortcut}.`,
  showMore: 'Show full script',
  showLess: 'Show less',
  openEmail: 'Open as email',
  fillLegend: 'Fill in the blanks',
  say: 'Say it',
  email: 'Email',
  letter: 'Letter',
};
export type HowToSayItMessages = typeof howToSayItMessages;

export type CopyState = 'idle' | 'copied' | 'error';

export interface HowToSayItProps extends Omit<React.HTMLAttributes<HTMLDivElement>, 'title' | 'children'> {
  /** The script as plain text; blank lines separate paragraphs. */
  script?: string | undefined;
  /** Or the script as elements (paragraphs, emphasis); used when `script` is not given. */
  children?: React.ReactNode | undefined;
  /** Default: "How To Say It". */
  title?: React.ReactNode | undefined;
  /** Heading level of the title, or `p`. Default: 3. */
  titleLevel?: CalloutTitleLevel | undefined;
  /** How the script is meant to be delivered; shown as a label. */
  medium?: ScriptMedium | undefined;
  /** A sentence before the script ("Send this the same day:"). */
  leadIn?: React.ReactNode | undefined;
  /** Let the reader type values for the `[Placeholders]` of a `script` given as text (`children` have none). */
  fillable?: boolean | undefined;
  /** Placeholder values, controlled. Keys are the names inside the brackets. */
  values?: Record<string, string> | undefined;
  /** Placeholder values to start from, uncontrolled. */
  defaultValues?: Record<string, string> | undefined;
  /** Every change of a blank's value, with all the values. */
  onValuesChange?: ((values: Record<string, string>) => void) | undefined;
  /** Offer "Open as email" with this subject (default: the `title` message, "How To Say It"; blanks filled); the reader picks the recipient. Only for a `script` given as text, not `children`. */
  email?: { subject?: string } | undefined;
  /** Collapse on screen past this many lines; `false` never collapses. Default: 20. */
  collapseAfterLines?: number | false | undefined;
  /** Called after a copy, with the text and whether it reached the clipboard. */
  onCopyScript?: ((text: string, outcome: 'copied' | 'selected') => void) | undefined;
  /** Strings of your own over the defaults (or a `MessagesProvider`'s): title, buttons, announcements. */
  messages?: Partial<HowToSayItMessages> | undefined;
}

/**
 * The verbatim script a columnist hands the reader, made usable: copy it as clean
 * text, fill in its `[blanks]`, open it as an email draft, print it. Long scripts
 * collapse on screen; copy, email and print always use the whole text.
 */
export const HowToSayIt = /* @__PURE__ */ React.forwardRef<HTMLDivElement, HowToSayItProps>(function HowToSayIt(
  {
    script,
    children,
    title,
    titleLevel,
    medium,
    leadIn,
    fillable = false,
    values: valuesProp,
    defaultValues,
    onValuesChange,
    email,
    collapseAfterLines = 20,
    onCopyScript,
    messages,
    ...rest
  },
  ref,
) {
  const [text] = useMessages('HowToSayIt', howToSayItMessages, messages);
  const id = React.useId();
  const scriptId = `${id}-script`;
  const scriptRef = React.useRef<HTMLQuoteElement>(null);

  const usesText = typeof script === 'string';
  // Everything below reads the normalised text: what is shown, filled, copied and mailed.
  // (Split by the helper AdviceArticle's text blocks use, and joined again: a post's
  // bundle carries one copy of the split.)
  const paragraphs = usesText ? splitParagraphs(script) : [];
  const clean = paragraphs.join('\n\n');
  // Children that React cannot render (a CMS's rich-text blocks) are no script, with renderable's warning.
  const nodes = renderable(children);
  const hasScript = usesText ? paragraphs.length > 0 : nodes != null;
  if (!hasScript && process.env.NODE_ENV !== 'production') warnOnce('HowToSayIt: the script is empty, so there is nothing to copy; only the title is shown.');
  const lead = renderable(leadIn);
  const resolvedMedium = medium === undefined ? undefined : oneOf('HowToSayIt', 'medium', medium, scriptMedia, 'say');

  const placeholders = findPlaceholders(clean);
  const [ownValues, setOwnValues] = React.useState<Record<string, string>>(defaultValues ?? {});
  // No prototype, so a blank called [constructor] finds nothing. Text or a CMS's
  // number; an object is no value, not "[object Object]" (nor a throw from its `toString`),
  // and nor is a boolean (an unset field is `false` in some CMSs), not "false".
  const values: Record<string, unknown> = { __proto__: null, ...(valuesProp ?? ownValues) };
  const rawValue = (name: string) => {
    const value = values[name];
    if (typeof value != 'object' && typeof value != 'boolean') return wellFormed(`${value ?? ''}`);
    if (process.env.NODE_ENV !== 'production' && value) warnOnce(`HowToSayIt: the value for [${name}] is not text; the blank stays empty.`);
    return '';
  };
  const valueOf = (name: string) => rawValue(name).trim();
  const setValue = (name: string, value: string) => {
    const next = { ...(valuesProp ?? ownValues), [name]: value };
    if (valuesProp === undefined) setOwnValues(next);
    onValuesChange?.(next);
  };

  const fullText = fillPlaceholders(clean, valueOf);

  // Whether to collapse is decided from the text alone (about 70 characters a line),
  // so the server and the browser agree and nothing moves after hydration. The
  // clamp itself is CSS; a script that fits anyway simply shows in full.
  // `false` (or 0) never collapses; a CMS's negative or non-number would clamp
  // the script to nothing behind "Show full script", so it gets the default.
  // Read as every number a CMS sends is (text "12" is 12; `true` and JSON objects are none).
  const lines = cmsNumber(collapseAfterLines);
  const limit = !collapseAfterLines ? Infinity : lines > 0 ? lines : 20;
  if (limit === 20 && collapseAfterLines !== 20 && process.env.NODE_ENV !== 'production') {
    warnOnce(`HowToSayIt: collapseAfterLines=${shown(collapseAfterLines)} is not a number of lines; using 20.`);
  }
  const long = estimateLines(clean) > limit;
  const [expanded, setExpanded] = React.useState(false);
  const collapsed = long && !expanded;

  // `count` makes a repeated outcome a new announcement.
  const [copyState, setCopyState] = React.useState<CopyState>('idle');
  const [count, setCount] = React.useState(0);
  const announcement =
    copyState === 'copied' ? text.copiedAnnouncement : copyState === 'error' ? text.copyFallback(copyShortcut()) : '';
  // A reset that fires after unmount is a no-op in React 18 and 19, so no cleanup effect.
  const resetTimer = React.useRef<ReturnType<typeof setTimeout>>(undefined);

  const copy = async () => {
    // For children, the browser's own rendering of the text (with paragraph breaks) is what the reader sees.
    const value = usesText ? fullText : normalizeScript(scriptRef.current?.innerText ?? '');
    // The fallback selects the script on screen, so it must show all of it.
    if (collapsed) setExpanded(true);
    const outcome = await copyText(value, scriptRef.current);
    clearTimeout(resetTimer.current);
    setCopyState(outcome === 'copied' ? 'copied' : 'error');
    setCount((c) => c + 1);
    if (outcome === 'copied') resetTimer.current = setTimeout(() => setCopyState('idle'), 2500);
    onCopyScript?.(value, outcome);
  };

  const mailto =
    email && hasScript && usesText
      ? buildMailto(fillPlaceholders((typeof email.subject == 'string' && email.subject) || text.title, valueOf), fullText)
      : null;

  return (
    <CalloutFrame
      ref={ref}
      tone="script"
      toneName={text.tone}
      title={renderable(title) || text.title}
      level={oneOf('HowToSayIt', 'titleLevel', titleLevel, calloutTitleLevels, 3)}
      // A link to the script (`#how-to-say-it` in a post's contents) moves focus to it, not only the view.
      tabIndex={-1}
      {...rest}
    >
      {resolvedMedium ? <p className={styles.medium}>{text[resolvedMedium]}</p> : null}
      {lead ? <div className={styles.leadIn}>{lead}</div> : null}
      {hasScript ? (
        <blockquote
          ref={scriptRef}
          id={scriptId}
          className={styles.script}
          data-collapsed={collapsed}
          style={{ [styles.visibleLines.slice(4, -1)]: limit } as React.CSSProperties}
        >
          {usesText
            ? paragraphs.map((paragraph, index) => (
                <p key={index} className={styles.paragraph}>
                  {/* Each blank a mark, showing its value once the reader fills it. */}
                  {tokenizeLine(paragraph).map((part, partIndex) => {
                    if (part.placeholder === undefined) return part.text;
                    const value = valueOf(part.placeholder);
                    return (
                      <mark key={partIndex} className={styles.placeholder} data-filled={!!value}>
                        {value || part.text}
                      </mark>
                    );
                  })}
                </p>
              ))
            : nodes}
        </blockquote>
      ) : null}
      {long ? (
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={expanded}
          aria-controls={scriptId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? text.showLess : text.showMore}
        </button>
      ) : null}
      {fillable && placeholders.length > 0 ? (
        <fieldset className={styles.fields}>
          <legend className={styles.legend}>{text.fillLegend}</legend>
          {/* TextField's look with a wrapping label: no hint or error to wire, and less code. */}
          {placeholders.map((name) => (
            <label key={name} className={fieldStyles.root}>
              <span className={fieldStyles.label}>{name}</span>
              <input
                className={fieldStyles.input}
                value={rawValue(name)}
                onChange={(event) => setValue(name, event.target.value)}
                autoComplete="off"
              />
            </label>
          ))}
        </fieldset>
      ) : null}
      {hasScript ? (
        <div className={styles.actions}>
          <button type="button" {...buttonLook('secondary', 'sm', false, copyState)} onClick={copy}>
            {/* Both labels, stacked by the stylesheet so the width never changes; the name is the shown one. */}
            <span aria-hidden={copyState === 'copied'}>{text.copy}</span>
            <span aria-hidden={copyState !== 'copied'}>{text.copied}</span>
          </button>
          {mailto ? (
            <a className={styles.emailLink} href={mailto}>
              {text.openEmail}
            </a>
          ) : null}
          {copyState === 'error' ? <p className={styles.status}>{announcement}</p> : null}
        </div>
      ) : null}
      <Announcer message={announcement} announceKey={count} />
    </CalloutFrame>
  );
});
