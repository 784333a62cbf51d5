/**
 * The verbatim script a columnist hands the reader, made usable: copy it as clean
 * text, fill in its `[blanks]`, open it as an email draft, print it. Long scripts
 * collapse on screen; copy, email and print always use the whole text.
 */
import * as React from 'react';
import { copyShortcut, copyText } from '../../internal/clipboard';
import { warnOnce } from '../../internal/dev';
import { resolveMessages } from '../../internal/messages';
import { oneOf } from '../../internal/values';
import { Announcer } from '../Announcer';
import { Button } from '../Button';
import { Callout, type CalloutTitleLevel } from '../Callout';
import { TextField } from '../TextField';
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
  copy: 'Copy script',
  copied: 'Copied',
  copiedAnnouncement: 'Script copied to the clipboard.',
  copyFallback: (shortcut: string) => `Copying was blocked, so the script is selected. Press ${shortcut} to copy it.`,
  showMore: 'Show full script',
  showLess: 'Show less',
  openEmail: 'Open as email',
  fillLegend: 'Fill in the blanks',
  fillHint: 'What you type replaces the highlighted blanks in the script and in what you copy.',
  say: 'Say it',
  email: 'Email',
  letter: 'Letter',
};
export type HowToSayItMessages = typeof howToSayItMessages;

export type CopyState = 'idle' | 'copied' | 'error';

export interface HowToSayItProps extends Omit<React.HTMLAttributes<HTMLDivElement>, 'title' | 'children'> {
  /** The script as plain text; blank lines separate paragraphs. */
  script?: string;
  /** Or the script as elements (paragraphs, emphasis); used when `script` is not given. */
  children?: React.ReactNode;
  /** Default: "How To Say It". */
  title?: React.ReactNode;
  /** Heading level of the title, or `p`. Default: 3. */
  titleLevel?: CalloutTitleLevel;
  /** How the script is meant to be delivered; shown as a label. */
  medium?: ScriptMedium;
  /** A sentence before the script ("Send this the same day:"). */
  leadIn?: React.ReactNode;
  /** Show the Copy button. Default: true. */
  copyable?: boolean;
  /** Let the reader type values for the `[Placeholders]`. */
  fillable?: boolean;
  /** Placeholder values, controlled. Keys are the names inside the brackets. */
  values?: Record<string, string>;
  /** Placeholder values to start from, uncontrolled. */
  defaultValues?: Record<string, string>;
  onValuesChange?: (values: Record<string, string>) => void;
  /** Offer "Open as email" with this subject (and optional recipient). */
  email?: { subject?: string; to?: string };
  /** Collapse on screen past this many lines; `false` never collapses. Default: 12. */
  collapseAfterLines?: number | false;
  /** Called after a copy, with the text and whether it reached the clipboard. */
  onCopyScript?: (text: string, outcome: 'copied' | 'selected') => void;
  messages?: Partial<HowToSayItMessages>;
}

const blockTags = /^(P|DIV|LI|BLOCKQUOTE|H[1-6]|UL|OL|SECTION|ARTICLE)$/;

/** Plain text of rendered children, with paragraph breaks, independent of layout. */
function elementText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.tagName === 'BR') return '\n';
  const inner = Array.from(node.childNodes, elementText).join('');
  return blockTags.test(node.tagName) ? `\n\n${inner}\n\n` : inner;
}

export const HowToSayIt = /* @__PURE__ */ React.forwardRef<HTMLDivElement, HowToSayItProps>(function HowToSayIt(
  {
    script,
    children,
    title,
    titleLevel,
    medium,
    leadIn,
    copyable = true,
    fillable = false,
    values: valuesProp,
    defaultValues,
    onValuesChange,
    email,
    collapseAfterLines = 12,
    onCopyScript,
    messages,
    ...rest
  },
  ref,
) {
  const text = resolveMessages('HowToSayIt', howToSayItMessages, messages);
  const id = React.useId();
  const scriptId = `${id}-script`;
  const scriptRef = React.useRef<HTMLQuoteElement>(null);

  const usesText = typeof script === 'string';
  const paragraphs = React.useMemo(() => (usesText ? splitParagraphs(script) : []), [usesText, script]);
  const hasScript = usesText ? paragraphs.length > 0 : React.Children.count(children) > 0;
  if (!hasScript) warnOnce('HowToSayIt: the script is empty, so there is nothing to copy; only the title is shown.');
  const resolvedMedium = medium === undefined ? undefined : oneOf('HowToSayIt', 'medium', medium, scriptMedia, 'say');

  const placeholders = React.useMemo(() => (usesText ? findPlaceholders(script) : []), [usesText, script]);
  const [ownValues, setOwnValues] = React.useState<Record<string, string>>(defaultValues ?? {});
  const values = valuesProp ?? ownValues;
  const setValue = (name: string, value: string) => {
    const next = { ...values, [name]: value };
    if (valuesProp === undefined) setOwnValues(next);
    onValuesChange?.(next);
  };

  const fullText = usesText ? fillPlaceholders(normalizeScript(script), values) : '';

  // Collapsing: estimated from the text on the server, corrected by measuring after mount.
  const limit = collapseAfterLines === false ? Infinity : Math.max(1, collapseAfterLines);
  const [measuredLong, setMeasuredLong] = React.useState<boolean | undefined>(undefined);
  const long = measuredLong ?? (usesText && estimateLines(paragraphs) > limit);
  const [expanded, setExpanded] = React.useState(false);
  React.useEffect(() => {
    const element = scriptRef.current;
    if (!element || limit === Infinity) return;
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
    if (!(lineHeight > 0) || element.scrollHeight === 0) return; // no layout (jsdom): keep the estimate
    setMeasuredLong(element.scrollHeight > lineHeight * (limit + 1));
  }, [limit, fullText]);
  const collapsed = long && !expanded;

  const [copyState, setCopyState] = React.useState<CopyState>('idle');
  const [announcement, setAnnouncement] = React.useState({ message: '', key: 0 });
  const resetTimer = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  React.useEffect(() => () => clearTimeout(resetTimer.current), []);

  const currentText = () =>
    usesText ? fullText : normalizeScript(scriptRef.current ? elementText(scriptRef.current) : '');

  const copy = async () => {
    const value = currentText();
    // The fallback selects the script on screen, so it must show all of it.
    if (collapsed) setExpanded(true);
    const outcome = await copyText(value, scriptRef.current);
    clearTimeout(resetTimer.current);
    setCopyState(outcome === 'copied' ? 'copied' : 'error');
    setAnnouncement((a) => ({
      message: outcome === 'copied' ? text.copiedAnnouncement : text.copyFallback(copyShortcut()),
      key: a.key + 1,
    }));
    if (outcome === 'copied') resetTimer.current = setTimeout(() => setCopyState('idle'), 2500);
    onCopyScript?.(value, outcome);
  };

  const mailto =
    email && hasScript && usesText
      ? buildMailto({
          to: email.to,
          subject: email.subject ?? (typeof title === 'string' ? title : text.title),
          body: fullText,
        })
      : null;

  const renderLine = (line: string) =>
    tokenizeLine(line).map((part, index) => {
      if (part.placeholder === undefined) return part.text;
      const value = values[part.placeholder]?.trim();
      return (
        <mark key={index} className={styles.placeholder} data-filled={value ? true : undefined}>
          {value || part.text}
        </mark>
      );
    });

  return (
    <Callout
      ref={ref}
      tone="script"
      title={title ?? text.title}
      titleLevel={titleLevel}
      {...rest}
      data-state={copyState}
    >
      {resolvedMedium ? <p className={styles.medium}>{text[resolvedMedium]}</p> : null}
      {leadIn ? <div className={styles.leadIn}>{leadIn}</div> : null}
      {hasScript ? (
        <blockquote
          ref={scriptRef}
          id={scriptId}
          className={styles.script}
          data-collapsed={collapsed}
          style={limit === Infinity ? undefined : ({ [styles.visibleLines.slice(4, -1)]: String(limit) } as React.CSSProperties)}
        >
          {usesText
            ? paragraphs.map((lines, index) => (
                <p key={index} className={styles.paragraph}>
                  {lines.map((line, i) => (
                    <React.Fragment key={i}>
                      {i > 0 ? <br /> : null}
                      {renderLine(line)}
                    </React.Fragment>
                  ))}
                </p>
              ))
            : children}
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
          <p className={styles.fieldsHint}>{text.fillHint}</p>
          {placeholders.map((name, index) => (
            <TextField
              key={name}
              id={`${id}-field-${index}`}
              label={name}
              value={values[name] ?? ''}
              onChange={(event) => setValue(name, event.target.value)}
              autoComplete="off"
            />
          ))}
        </fieldset>
      ) : null}
      {hasScript && (copyable || mailto) ? (
        <div className={styles.actions}>
          {copyable ? (
            <Button tone="secondary" size="sm" onClick={copy} data-state={copyState} aria-controls={scriptId}>
              {copyState === 'copied' ? text.copied : text.copy}
            </Button>
          ) : null}
          {mailto ? (
            <a className={styles.emailLink} href={mailto}>
              {text.openEmail}
            </a>
          ) : null}
          {copyState === 'error' ? <p className={styles.status}>{announcement.message}</p> : null}
        </div>
      ) : null}
      <Announcer message={announcement.message} announceKey={announcement.key} />
    </Callout>
  );
});
