import * as React from 'react';
import { renderable } from '../../internal/node';
import { warnOnce } from '../../internal/dev';
import { safeLocale } from '../../internal/intl';
import { useMessages } from '../../internal/messages';
import { session } from '../../internal/session';
import { oneOf } from '../../internal/values';
import { visuallyHidden } from '../../styles/shared.css';
import { Announcer } from '../Announcer';
import { root as buttonClass } from '../Button/Button.css';
import { buttonLook } from '../Button/buttonLook';
import { root as headingClass, sm as headingSmall } from '../Heading/Heading.css';
import * as field from '../TextField/TextField.css';
import { httpUrl } from './adapters/shared';
import { isJoined, type InvalidOutcome, type SubscribeAdapter, type SubscribeOutcome, type SubscribeRequest } from './adapters/types';
import { emailProblem, MAX_EMAIL_LENGTH, normalizeEmail, suggestEmail } from './email';
import { newsletterSignupMessages, type NewsletterSignupMessages } from './messages';
import * as styles from './NewsletterSignup.css';

export const newsletterVariants = ['inline', 'card', 'nudge'] as const;
export type NewsletterVariant = (typeof newsletterVariants)[number];

export const signupTitleLevels = [2, 3, 4, 'p', 'none'] as const;
export type SignupTitleLevel = (typeof signupTitleLevels)[number];

/** Every state the form can be in, as `data-state` on its root. */
export const signupStates = [
  'idle',
  'submitting',
  'pending-confirmation',
  'subscribed',
  'already-subscribed',
  'rate-limited',
  'offline',
  'error',
] as const;
export type SignupState = (typeof signupStates)[number];

/** What the reader agrees to: a notice with a privacy link, or one unticked box per channel. */
export interface SignupConsent {
  /** Your id for the wording shown; sent with every request, with the time. */
  version: string;
  /** The notice under the button. Default, also for an empty one: a short sentence and the privacy link. */
  notice?: React.ReactNode | undefined;
  /** The privacy policy: an http(s) URL, or a path on the site (`/privacy`). */
  privacyUrl?: string | undefined;
  /** Ask per channel instead: unticked checkboxes; at least one must be ticked. */
  channels?: { id: string; label: React.ReactNode }[] | undefined;
}

export interface SignupChoices {
  legend: React.ReactNode;
  /** `checkbox` (interests, the default) or `radio` (one frequency). Sent as `interests`. */
  type?: 'checkbox' | 'radio' | undefined;
  options: { value: string; label: React.ReactNode }[];
}

export interface NewsletterSignupProps {
  /** Submits with JavaScript (see the adapters). Without it, a valid form posts to `action`. */
  adapter?: SubscribeAdapter | undefined;
  /** Where the form posts before JavaScript runs (or without an adapter): fields `email`, `firstName`, `interests`, `consent`, `consentVersion`. */
  action?: string | undefined;
  /** `inline` (in the page's flow), `card` (a boxed block), `nudge` (one compact line inside an article). Default: `inline`. */
  variant?: NewsletterVariant | undefined;
  /** Default, also for an empty one: "Get the newsletter". */
  title?: React.ReactNode | undefined;
  /** Heading level of the title, `p` for none in the outline, `none` when a dialog supplies the title. Default: 2. */
  titleLevel?: SignupTitleLevel | undefined;
  /** A sentence under the title: what the newsletter is and how often it comes. */
  description?: React.ReactNode | undefined;
  /** Ask for a first name too (optional for the reader). */
  askFirstName?: boolean | undefined;
  /** Interests or a frequency to choose. */
  choices?: SignupChoices | undefined;
  /** What the reader agrees to, with your id for its wording: a notice with a privacy link, or boxes per channel. */
  consent: SignupConsent;
  /** Start with this address (e.g. kept by a dialog that closed). */
  defaultEmail?: string | undefined;
  /** Every change of the address field, e.g. to keep it elsewhere. */
  onEmailChange?: ((email: string) => void) | undefined;
  /** After each answer from the adapter. */
  onOutcome?: ((outcome: SubscribeOutcome, request: SubscribeRequest) => void) | undefined;
  /** Keep the typed address in sessionStorage until the signup succeeds, under this key (the storage key itself: keep it apart from your own keys and a CommentThread's). */
  persistKey?: string | undefined;
  /** Submits sooner than this after the form appeared are asked to confirm (bots fill instantly). Default: 1500 ms. */
  minFillMs?: number | undefined;
  /** Sent as the request's `source`. Default: the page URL. */
  source?: string | undefined;
  /** For numbers and "try again in 5 minutes", and sent as the request's `locale`. Default: a `MessagesProvider`'s. */
  locale?: string | undefined;
  /** Strings of your own over the defaults (or a `MessagesProvider`'s): labels, errors, outcomes. */
  messages?: Partial<NewsletterSignupMessages> | undefined;
  /** Added to the form's root (in SignupDialog, to the form inside the dialog). */
  className?: string | undefined;
  /** The form's root element's id, for a link to it (`#newsletter`). */
  id?: string | undefined;
}

/** The fields that can show an error. The interests have no check of their own, so they never do. */
type FieldName = 'email' | 'firstName' | 'interests' | 'consent';
type Errors = Partial<Record<FieldName, string>>;

/**
 * A list of options from a CMS: entries without a text or number value (or id)
 * are left out (GraphQL's nulls; a missing value, which React cannot key and a
 * box would send as "on"; an object, which throws as a key), and so are repeats
 * of a value (one key for two boxes), and what is not a list is none, with a warning.
 */
function options<T extends { value?: string; id?: string }>(value: T[] | undefined, name: string): T[] {
  const key = (option?: T) => option?.value ?? option?.id;
  const kept = Array.isArray(value)
    ? value.filter((option, i) => /^(number|string)$/.test(typeof key(option)) && value.findIndex((other) => key(other) === key(option)) == i)
    : [];
  if (process.env.NODE_ENV !== 'production' && value != null && kept.length !== value.length) warnOnce(`NewsletterSignup: ${name} must be a list of options; the others are left out.`);
  return kept;
}

/** The message each joined outcome shows (and announces) in place of the form. */
const joinedMessages = {
  subscribed: 'subscribed',
  'already-subscribed': 'alreadySubscribed',
  'pending-confirmation': 'pendingTitle',
} as const;

/**
 * What the service's refusal of a field says at that field. `interests` and
 * `form` have no field of their own to mark: those refusals are plain errors.
 */
const rejectedMessages = { email: 'emailRejected', firstName: 'oneLine', consent: 'consentRequired' } as const;

/**
 * The result takes focus when it appears, because the form (and the focused
 * button) just went away: the reader keeps their place. A module-level callback
 * ref is called once per mount, so later renders leave focus where the reader moved it.
 */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/**
 * The newsletter signup form: a real `<form>` that posts to the host's `action`
 * before JavaScript loads, and afterwards submits through an adapter, says every
 * change in one live region, and never loses the address the reader typed.
 */
export function NewsletterSignup({
  adapter,
  action,
  variant,
  title,
  titleLevel,
  description,
  askFirstName = false,
  choices,
  consent,
  defaultEmail,
  onEmailChange,
  onOutcome,
  persistKey,
  minFillMs = 1500,
  source,
  locale: localeProp,
  messages,
  className,
  id,
}: NewsletterSignupProps) {
  const [text, locale] = useMessages('NewsletterSignup', newsletterSignupMessages, messages, localeProp);
  const uid = React.useId();
  const [errors, setErrors] = React.useState<Errors>({});
  const [suggestion, setSuggestion] = React.useState<string | null>(null);
  // One state, its message (shown for failures, always announced), and a
  // count that makes a repeated message a new announcement.
  // (`said`: a field's error announced, not shown: see `show`.)
  const [{ state, message, count, said }, setStatus] = React.useState<{ state: SignupState; message: string; count: number; said?: string }>(
    { state: 'idle', message: '', count: 0 },
  );
  const go = (next: SignupState, say = '') => setStatus((s) => ({ state: next, message: say, count: s.count + 1 }));
  // What the form remembers without rendering, in one ref: whether it has been
  // submitted (from then on fields are checked on blur too), whether a request
  // is out (`busy`), when the form appeared, the address as last typed (the form
  // is rebuilt with it after "Use a different address"), and which text fields
  // hold a paste that had a line break inside (see `onPaste`).
  const self = React.useRef<{
    checked?: boolean | undefined;
    busy?: boolean | undefined;
    shownAt: number;
    kept: string;
    email?: number | undefined;
    firstName?: number | undefined;
  }>({
    shownAt: 0,
    // Text only: it becomes the field's value, and an object with a `toString` key would throw there.
    kept: typeof defaultEmail == 'string' ? defaultEmail : '',
  }).current;
  const form = React.useRef<HTMLFormElement>(null);
  // The inputs are uncontrolled: what a reader types before hydration stays.
  const emailInput = React.useRef<HTMLInputElement>(null);
  const submitting = state === 'submitting';
  // A version that is null (a CMS's "not set") or an object would be the hidden field's value: React warns, or throws.
  if (!consent || typeof consent.version == 'object') {
    if (process.env.NODE_ENV !== 'production') warnOnce('NewsletterSignup: no `consent` given, or its version is not text; sending no consent version (and, without consent, the default notice).');
    consent = { ...consent, version: '' };
  }
  const channels = options(consent.channels, 'consent.channels');
  const choiceOptions = options(choices?.options, 'choices.options');

  const keep = (value: string) => {
    self.kept = value;
    onEmailChange?.(value);
    session(persistKey, value);
  };
  /**
   * The normalised address into the field, and kept: an address typed before
   * the script ran, or set by a password manager without a change event, is
   * seen here first.
   */
  const tidy = () => {
    const input = emailInput.current!;
    const address = (input.value = normalizeEmail(input.value));
    if (address !== self.kept) keep(address);
    return address;
  };
  /** A text field's error: a line break pasted into it (see `onPaste`), else, for the address, its own checks. */
  const fieldError = (name: 'email' | 'firstName', value?: string) => {
    if (self[name]) return text.oneLine;
    const problem = name === 'email' && emailProblem(value!);
    return problem ? text[problem === 'required' ? 'emailRequired' : 'emailFormat'] : undefined;
  };
  /** Shows `found` and moves focus to the first field with a problem; returns its name (none: the form is valid). */
  const show = (found: Errors) => {
    setErrors(found);
    const name = (Object.keys(found) as FieldName[]).find((n) => found[n]);
    const target = name ? form.current?.querySelector<HTMLElement>(`[name="${name}"]`) : null;
    // Focus that does not move (Enter in that very field) says nothing: the live region says the error.
    if (target && target == document.activeElement) setStatus((s) => ({ ...s, said: `${text.errorPrefix} ${found[name!]}`, count: s.count + 1 }));
    else target?.focus();
    return name;
  };

  React.useEffect(() => {
    self.shownAt = Date.now();
    // After hydration, so the server's empty field and the browser's first render agree.
    const stored = session(persistKey);
    const input = emailInput.current!;
    if (stored && !input.value) input.value = self.kept = stored;
    // Once, on mount: the key is not expected to change.
    // (A request out when the form unmounts is not aborted: it has reached the
    // service, and its outcome still goes to `onOutcome`. A dialog closed while it
    // was subscribing still learns that the reader subscribed.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  React.useEffect(() => {
    if (state !== 'offline') return;
    const online = () => go('idle', text.online);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  });

  const finish = (outcome: SubscribeOutcome & { field?: InvalidOutcome['field'] }, request: SubscribeRequest) => {
    self.busy = false;
    const { kind, field } = outcome;
    // Only a field the form shows can be marked: a host's endpoint may refuse
    // `consent` on a notice-only form, or a first name the form never asked for.
    // (`namedItem`, not a selector: an adapter's field name is not parsed.)
    const refused = kind === 'invalid' && form.current?.elements.namedItem(field) && rejectedMessages[field as keyof typeof rejectedMessages];
    if (isJoined(kind)) {
      session(persistKey, null);
      go(kind, text[joinedMessages[kind]]);
    } else if (refused) {
      // The service refused a field: say so at the field, as for the form's own checks.
      go('idle');
      show({ [field]: text[refused] });
    } else if (kind === 'rate-limited') {
      // Any adapter's figure, a host's own included: NaN, Infinity (`1e999` in
      // JSON) or a negative one means "a while", never a formatter's RangeError.
      const seconds = Math.ceil(outcome.retryAfter!);
      const minutes = seconds >= 90;
      go(
        'rate-limited',
        text.rateLimited(
          seconds > 0 && seconds < 1e9
            ? // Made here, not cached: a rate limit is rare, and a formatter is cheap next to a round trip.
              new Intl.RelativeTimeFormat(safeLocale(locale)).format(minutes ? Math.ceil(seconds / 60) : seconds, minutes ? 'minute' : 'second')
            : '',
        ),
      );
    } else {
      const reason = kind === 'network' && outcome.reason;
      // An abort is not the form's (it passes no signal), but a host adapter's own: nothing to say.
      if (reason === 'aborted') go('idle');
      else if (reason === 'offline') go('offline', text.offline);
      else go('error', text.error);
    }
    // The host last: its own error (an analytics call an ad blocker removed)
    // must not keep the reader from the outcome.
    onOutcome?.(outcome, request);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const data = new FormData(form.current!);
    // A filled trap field is a bot: show it success, send nothing.
    if (data.get('ck-trap')) {
      event.preventDefault();
      return go('subscribed', text.subscribed);
    }
    const email = tidy();
    self.checked = true;
    const invalid = show({
      email: fieldError('email', email),
      firstName: fieldError('firstName'),
      consent: channels.length && !data.getAll('consent').length ? text.consentRequired : undefined,
    });
    // Only a valid form without an adapter leaves the page: the browser posts it to `action`, as without JavaScript.
    if (!invalid && action && !adapter) return;
    event.preventDefault();
    // Nothing more for an invalid form; and one request per submit: double
    // clicks and repeated Enter find it busy.
    if (invalid || self.busy) return;
    if (!adapter) {
      if (process.env.NODE_ENV !== 'production') warnOnce('NewsletterSignup: give an `adapter` or an `action`; this form has nowhere to send to.');
      return go('error', text.error);
    }
    if (Date.now() - self.shownAt < minFillMs) {
      // Too fast for a person; a person simply submits again.
      // Any wait counts as long enough now (-Infinity: even an endless `minFillMs`).
      self.shownAt = -Infinity;
      return go('idle', text.tooFast);
    }
    const firstName = (data.get('firstName') as string | null)?.trim();
    const interests = data.getAll('interests') as string[];
    const request: SubscribeRequest = {
      email,
      consent: { version: consent.version, at: new Date().toISOString() },
      source: source ?? location.href,
    };
    if (channels.length) request.consent.channels = data.getAll('consent') as string[];
    if (firstName) request.firstName = firstName;
    if (interests.length) request.interests = interests;
    if (locale) request.locale = locale;
    if (!navigator.onLine) return finish({ kind: 'network', reason: 'offline' }, request);
    self.busy = true;
    go('submitting', text.submitting);
    // An adapter must not throw, reject or answer with anything but an
    // outcome, but a hand-written one might: the form must not stay busy.
    (async () => {
      let outcome: SubscribeOutcome | undefined;
      try {
        outcome = await adapter.subscribe(request);
      } catch {
        // No outcome: the same as an answer without one, below.
      }
      if (!outcome?.kind) {
        if (process.env.NODE_ENV !== 'production') warnOnce('NewsletterSignup: the adapter threw, rejected or answered with no outcome; the form shows its error.');
        outcome = { kind: 'unknown', reason: 'response' };
      }
      finish(outcome, request);
    })();
  };

  const errorOf = (name: FieldName) =>
    errors[name] ? (
      <p id={`${uid}${name}-error`} className={field.error}>
        <span className={visuallyHidden}>{text.errorPrefix}</span> {errors[name]}
      </p>
    ) : null;
  const describedBy = (name: FieldName, more?: unknown) =>
    [errors[name] && `${uid}${name}-error`, more].filter(Boolean).join(' ') || undefined;

  /**
   * A labelled text input with its error, checked on blur once the form has been
   * submitted. TextField's look and wiring without the component (as HowToSayIt
   * does): one less component and its strings in a budget-bound bundle.
   */
  const input = (name: 'email' | 'firstName', label: React.ReactNode, props: React.ComponentProps<'input'>) => (
    <div className={`${field.root} ${name === 'email' ? styles.emailField : ''}`}>
      <label className={field.label} htmlFor={uid + name}>
        {label}
      </label>
      {errorOf(name)}
      <input
        id={uid + name}
        name={name}
        className={field.input}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, name === 'email' && suggestion && `${uid}suggestion`)}
        onBlur={() => {
          // The first name has only the line-break check: leaving it clears a refusal by the service.
          let address;
          if (name === 'email') setSuggestion(suggestEmail((address = tidy())));
          if (self.checked) setErrors({ ...errors, [name]: fieldError(name, address) });
        }}
        onPaste={(event) => {
          // An input holds one line: browsers turn a pasted line break into a
          // space or drop it, so `Jane\r\nBcc: …` would be sent as one line.
          // Only the paste shows the break. Its ends are trimmed first (a
          // copied address often ends in one). The field keeps the text and is
          // refused until edited: 2 here, 1 after the paste's own input event,
          // 0 after the next edit.
          self[name] = /[\r\n]/.test(event.clipboardData.getData('text').trim()) ? 2 : 0;
        }}
        onInput={(event) => {
          if (self[name]) self[name]--;
          // An error the reader has fixed goes as they type, not on blur, when
          // it would move the button away from a click on its way to it. New
          // errors still wait for blur.
          if (errors[name] && !fieldError(name, normalizeEmail(event.currentTarget.value))) setErrors({ ...errors, [name]: undefined });
        }}
        {...props}
      />
    </div>
  );

  /** Checkboxes (or radios) sharing one name, read from the form on submit; each sends its `value` (a consent channel its `id`). None: no group. */
  const group = (
    name: 'interests' | 'consent',
    options: { value?: string; id?: string; label: React.ReactNode }[],
    legend?: React.ReactNode,
    radio?: boolean,
  ) =>
    options.length ? (
      <fieldset className={styles.choices}>
        {renderable(legend) ? <legend className={field.label}>{renderable(legend)}</legend> : null}
        {errorOf(name)}
        {options.map(({ id, value = id, label }) => (
          <label key={value} className={styles.choice}>
            {/* The error on each box, not on the group: focus goes to a box, and a group's
                description is not read everywhere (the consent group has no legend). */}
            <input type={radio ? 'radio' : 'checkbox'} name={name} value={value} aria-describedby={describedBy(name)} />
            {/* Its value, for a label that is missing or not text: no unnamed box. */}
            {renderable(label) || renderable(value)}
          </label>
        ))}
      </fieldset>
    ) : null;

  const level = oneOf('NewsletterSignup', 'titleLevel', titleLevel, signupTitleLevels, 2);
  // The host's own link, so the adapters' http(s) check is enough (no credentials, no `javascript:`).
  // Checked against a fixed base, so a page on the site (`/privacy`) is linked too, alike on the server.
  const privacy = httpUrl(consent.privacyUrl, 'http://h') && consent.privacyUrl;

  const submit = (
    <button type="submit" {...buttonLook('primary', 'md', submitting)} className={`${buttonClass} ${styles.submit}`}>
      {/* Both labels, stacked by the stylesheet so the width never changes; the name is the shown one. */}
      <span aria-hidden={submitting}>{text.submit}</span>
      <span aria-hidden={!submitting}>{text.submitting}</span>
    </button>
  );
  // Choices or consent boxes to tick: the button comes after them, in reading and tab order,
  // instead of beside the address (where a reader would send before answering them).
  const asked = choiceOptions.length + channels.length;

  return (
    <div
      id={id}
      className={`${styles.root} ${className ?? ''}`}
      data-variant={oneOf('NewsletterSignup', 'variant', variant, newsletterVariants, 'inline')}
      data-state={state}
    >
      {level === 'none'
        ? null
        : React.createElement(
            typeof level == 'number' ? `h${level}` : level,
            { id: `${uid}title`, className: `${headingClass} ${headingSmall} ${styles.title}` },
            // `||`: a CMS's empty title would leave an empty heading and an unnamed form.
            // (Copy a CMS sent as a rich-text object, here and below, is left out: React would throw.)
            renderable(title) || text.title,
          )}
      {renderable(description) ? <div className={styles.description}>{renderable(description)}</div> : null}
      {isJoined(state) ? (
        <div ref={focusOnMount} tabIndex={-1} className={styles.result}>
          {/* The state's message: "Check your inbox", "You're subscribed", "You're already subscribed". */}
          <p className={state === 'pending-confirmation' ? styles.resultTitle : undefined}>{message}</p>
          {state === 'pending-confirmation' ? (
            <>
              <p>{text.pending(<strong>{self.kept}</strong>)}</p>
              <p className={styles.hint}>{text.spamHint}</p>
              <button
                type="button"
                {...buttonLook('secondary', 'sm')}
                onClick={() => {
                  go('idle');
                  // The form comes back with the address in it, ready to correct.
                  setTimeout(() => emailInput.current?.focus());
                }}
              >
                {text.useDifferent}
              </button>
            </>
          ) : null}
        </div>
      ) : (
        <form
          ref={form}
          action={action}
          method="post"
          noValidate
          onSubmit={onSubmit}
          aria-labelledby={level === 'none' ? undefined : `${uid}title`}
          className={styles.form}
        >
          {/* The trap: a name no browser autofills, out of sight, out of the tab order, hidden from screen readers. */}
          <input name="ck-trap" tabIndex={-1} autoComplete="off" aria-hidden="true" className={visuallyHidden} />
          <div className={styles.fields}>
            {input(
              'email',
              text.email,
              {
                type: 'email',
                // An address reads left to right in any page: in a right-to-left one, `jane@` would show as `@jane`.
                dir: 'ltr',
                autoComplete: 'email',
                spellCheck: false,
                autoCapitalize: 'off',
                maxLength: MAX_EMAIL_LENGTH,
                size: 30,
                defaultValue: self.kept,
                ref: emailInput,
                onChange: (event) => keep(event.target.value),
              },
            )}
            {askFirstName
              ? input(
                  'firstName',
                  <>
                    {text.firstName} <span className={field.optional}>{text.optional}</span>
                  </>,
                  { autoComplete: 'given-name', maxLength: 100 },
                )
              : null}
            {asked ? null : submit}
          </div>
          {/* Under the row, not in the field: appearing on blur, it must not move the button. */}
          {suggestion ? (
            <p id={`${uid}suggestion`} className={styles.hint}>
              {text.suggestion(
                <button
                  type="button"
                  className={styles.suggestion}
                  onClick={() => {
                    emailInput.current!.value = suggestion;
                    keep(suggestion);
                    setSuggestion(null);
                  }}
                >
                  {suggestion}
                </button>,
              )}
            </p>
          ) : null}
          {group('interests', choiceOptions, choices?.legend, choices?.type === 'radio')}
          <input type="hidden" name="consentVersion" value={consent.version} />
          {group('consent', channels)}
          {asked ? submit : null}
          <p className={styles.hint}>{renderable(consent.notice) || text.notice(privacy ? <a href={privacy}>{text.privacy}</a> : null)}</p>
          {message && !submitting ? (
            <p className={styles.notice} data-tone={state === 'idle' ? 'info' : 'critical'}>
              {message}
            </p>
          ) : null}
        </form>
      )}
      <Announcer message={said ?? message} announceKey={count} />
    </div>
  );
}
