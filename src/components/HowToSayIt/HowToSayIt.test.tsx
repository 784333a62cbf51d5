import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/support/axe';
import { Callout } from '../Callout';
import { HowToSayIt } from './HowToSayIt';

const apology = [
  'Hi [Manager’s name],',
  'I missed our call on Tuesday, and that was my mistake. I’m sorry for the time it cost you.',
  'If the [Role] role is still open, I would value twenty minutes this week. I can do any time Thursday or Friday.',
  'Thank you,\n[Your name]',
].join('\n\n');

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

beforeEach(() => {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.useRealTimers();
});

describe('HowToSayIt', () => {
  describe('given a script as text', () => {
    it('is a note named by its title, with the script as a quotation in paragraphs', async () => {
      render(<HowToSayIt script={apology} />);
      const note = screen.getByRole('note', { name: 'Script: How To Say It' });
      expect(within(note).getByRole('heading', { level: 3 })).toHaveTextContent('How To Say It');
      const quote = note.querySelector('blockquote')!;
      expect(quote.querySelectorAll('p')).toHaveLength(4);
      expect(quote.querySelector('p:last-child')?.textContent).toBe('Thank you,\n[Your name]');
      await expectNoAxeViolations();
    });

    it('takes another title, heading level, medium and lead-in', () => {
      render(
        <HowToSayIt script="Thanks." title="Say this on the call" titleLevel={4} medium="say" leadIn="Open with it:" />,
      );
      expect(screen.getByRole('heading', { level: 4, name: 'Script: Say this on the call' })).toBeInTheDocument();
      expect(screen.getByText('Say it')).toBeInTheDocument();
      expect(screen.getByText('Open with it:')).toBeInTheDocument();
    });

    it('highlights the blanks', () => {
      render(<HowToSayIt script={apology} />);
      const marks = document.querySelectorAll('mark');
      expect(Array.from(marks, (m) => m.textContent)).toEqual(['[Manager’s name]', '[Role]', '[Your name]']);
    });
  });

  describe('when the reader copies', () => {
    it('writes clean plain text inside the click, says so, and shows it on the button for a moment', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const writeText = vi.fn(async (_text: string) => {});
      mockClipboard(writeText);
      const onCopyScript = vi.fn();
      render(<HowToSayIt script={'\u00A0Hi\u00A0Ana,\u200B\r\n\r\n\r\nSorry. '} onCopyScript={onCopyScript} />);
      await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
      expect(writeText).toHaveBeenCalledWith('Hi Ana,\n\nSorry.');
      expect(onCopyScript).toHaveBeenCalledWith('Hi Ana,\n\nSorry.', 'copied');
      expect(screen.getByRole('button', { name: 'Copied' })).toHaveAttribute('data-state', 'copied');
      expect(screen.getByRole('status')).toHaveTextContent('Script copied.');
      await act(async () => vi.advanceTimersByTime(3000));
      expect(screen.getByRole('button', { name: 'Copy script' })).toHaveAttribute('data-state', 'idle');
    });

    // Both labels are in the button, one over the other, so its width stays
    // that of the wider in any language; the one not shown is aria-hidden.
    it('names the copy button by the label it shows, and only that one', async () => {
      mockClipboard(async () => {});
      render(<HowToSayIt script="Hi Ana." messages={{ copy: 'Copiar', copied: 'Copiado al portapapeles' }} />);
      const button = screen.getByRole('button', { name: 'Copiar' });
      expect(button).toHaveAccessibleName('Copiar');
      expect(within(button).getByText('Copiado al portapapeles')).toHaveAttribute('aria-hidden', 'true');
      await userEvent.click(button);
      expect(button).toHaveAccessibleName('Copiado al portapapeles');
      expect(within(button).getByText('Copiar')).toHaveAttribute('aria-hidden', 'true');
      expect(within(button).getByText('Copiado al portapapeles')).not.toHaveAttribute('aria-hidden', 'true');
    });

    describe('given the clipboard is refused', () => {
      it('selects the script and tells the reader to press the shortcut, never failing silently', async () => {
        mockClipboard(async () => {
          throw new DOMException('Write permission denied.', 'NotAllowedError');
        });
        render(<HowToSayIt script={apology} />);
        await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
        expect(window.getSelection()?.toString()).toContain('I missed our call on Tuesday');
        expect(screen.getByRole('status')).toHaveTextContent(/The script is selected: press (Ctrl|⌘)\+C\./);
        expect(screen.getByText(/Copying was blocked/, { selector: 'p' })).toBeVisible();
      });

      it('does the same on an insecure page with no clipboard at all', async () => {
        Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
        render(<HowToSayIt script={apology} />);
        await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
        expect(window.getSelection()?.toString()).toContain('Thank you');
        expect(screen.getByRole('status')).toHaveTextContent(/press (Ctrl|⌘)\+C\./);
      });
    });
  });

  describe('given fillable blanks', () => {
    it('labels a field per blank, and uses what the reader types in the preview and the copy', async () => {
      const writeText = vi.fn(async (_text: string) => {});
      mockClipboard(writeText);
      render(<HowToSayIt script={apology} fillable />);
      const group = screen.getByRole('group', { name: 'Fill in the blanks' });
      await userEvent.type(within(group).getByRole('textbox', { name: 'Manager’s name' }), 'Ana');
      await userEvent.type(within(group).getByRole('textbox', { name: 'Your name' }), 'Sam');
      expect(document.querySelector('blockquote')).toHaveTextContent('Hi Ana,');
      await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
      expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Hi Ana,\n\n[\s\S]*the \[Role\] role[\s\S]*Thank you,\nSam$/));
      await expectNoAxeViolations();
    });

    it('keeps typed values when the host re-renders', async () => {
      const { rerender } = render(<HowToSayIt script={apology} fillable />);
      await userEvent.type(screen.getByRole('textbox', { name: 'Role' }), 'Editor');
      rerender(<HowToSayIt script={`${apology}\n\nP.S. Thanks again.`} fillable title="Updated" />);
      expect(screen.getByRole('textbox', { name: 'Role' })).toHaveValue('Editor');
      expect(document.querySelector('blockquote')).toHaveTextContent('the Editor role');
    });

    it('can be controlled by the host', async () => {
      const onValuesChange = vi.fn();
      render(<HowToSayIt script={apology} fillable values={{ Role: 'Analyst' }} onValuesChange={onValuesChange} />);
      expect(screen.getByRole('textbox', { name: 'Role' })).toHaveValue('Analyst');
      await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), 'J');
      expect(onValuesChange).toHaveBeenLastCalledWith({ Role: 'Analyst', 'Your name': 'J' });
    });
  });

  describe('given an email subject', () => {
    it('offers the script as an email draft, correctly encoded', () => {
      render(<HowToSayIt script={'Hi Ana,\n\nSorry & thanks.'} email={{ subject: 'Tuesday’s call' }} />);
      expect(screen.getByRole('link', { name: 'Open as email' })).toHaveAttribute(
        'href',
        'mailto:?subject=Tuesday%E2%80%99s%20call&body=Hi%20Ana%2C%0D%0A%0D%0ASorry%20%26%20thanks.',
      );
    });

    it.each([[42], [null], [{ text: 'Sorry' }]])('uses the title as the subject when a CMS sends %j, and still offers the draft', (subject) => {
      render(<HowToSayIt script="Sorry." email={{ subject: subject as unknown as string }} />);
      expect(screen.getByRole('link', { name: 'Open as email' })).toHaveAttribute('href', 'mailto:?subject=How%20To%20Say%20It&body=Sorry.');
    });

    it('fills the blanks in the subject too, as the reader fills them in the script', async () => {
      render(<HowToSayIt script="Dear [Name], sorry." fillable email={{ subject: 'For [Name]: my apology' }} />);
      await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ms. Okafor');
      expect(screen.getByRole('link', { name: 'Open as email' })).toHaveAttribute(
        'href',
        'mailto:?subject=For%20Ms.%20Okafor%3A%20my%20apology&body=Dear%20Ms.%20Okafor%2C%20sorry.',
      );
    });

    it('offers copy only when the draft would be too long for mail clients', () => {
      render(<HowToSayIt script={'I am sorry. '.repeat(250)} email={{ subject: 'Sorry' }} />);
      expect(screen.queryByRole('link', { name: 'Open as email' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Copy script' })).toBeInTheDocument();
    });
  });

  describe('given a long script', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}: ${'I will keep my word this time. '.repeat(4)}`).join('\n\n');

    it('collapses behind a button that says whether it is expanded', async () => {
      render(<HowToSayIt script={long} />);
      const quote = document.querySelector('blockquote')!;
      const toggle = screen.getByRole('button', { name: 'Show full script' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveAttribute('aria-controls', quote.id);
      expect(quote).toHaveAttribute('data-collapsed', 'true');
      await userEvent.click(toggle);
      expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
      expect(quote).toHaveAttribute('data-collapsed', 'false');
    });

    it('still copies all of it', async () => {
      const writeText = vi.fn(async (_text: string) => {});
      mockClipboard(writeText);
      render(<HowToSayIt script={long} />);
      await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
      expect(writeText.mock.calls[0]?.[0]).toContain('Paragraph 12:');
    });

    it('reads a number a CMS sends as text ("12") as that many lines', () => {
      render(<HowToSayIt script={long} collapseAfterLines={'12' as never} />);
      expect(screen.getByRole('button', { name: 'Show full script' })).toBeInTheDocument();
      expect(document.querySelector<HTMLElement>('[style*="--"]')?.getAttribute('style')).toContain('12');
    });

    it('never collapses with collapseAfterLines={false}', () => {
      render(<HowToSayIt script={long} collapseAfterLines={false} />);
      expect(screen.queryByRole('button', { name: 'Show full script' })).toBeNull();
    });

    it.each([[-5], ['ten'], [Number.NEGATIVE_INFINITY], [JSON.parse('{ "toString": "x" }')], [true]])(
      'reads collapseAfterLines={%j} from a CMS as the default 20 lines, with a warning, not as a script collapsed to nothing',
      (lines) => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        render(<HowToSayIt script={long} collapseAfterLines={lines as number} />);
        const quote = document.querySelector('blockquote') as HTMLElement;
        expect(quote).toHaveAttribute('data-collapsed', 'true');
        expect(quote.getAttribute('style')).toContain(': 20');
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('collapseAfterLines'));
      },
    );
  });

  describe('given bad input', () => {
    it.each([[''], ['   \n\n \u00A0\u200B ']])('an empty script %j shows the title, no Copy button, and warns', (script) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<HowToSayIt script={script} email={{ subject: 'x' }} />);
      expect(screen.getByRole('heading', { name: 'Script: How To Say It' })).toBeInTheDocument();
      expect(screen.queryByRole('button')).toBeNull();
      expect(screen.queryByRole('link')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('script is empty'));
    });

    it('handles a 3,000-character script: collapsed on screen, copied whole', async () => {
      const writeText = vi.fn(async (_text: string) => {});
      mockClipboard(writeText);
      const sentence = 'I will confirm every interview in writing the day before, and keep two reminders. ';
      const script = `Dear Ms. Okafor,\n\n${sentence.repeat(37)}\n\nSincerely,\nJordan`;
      expect(script.length).toBeGreaterThan(3000);
      render(<HowToSayIt script={script} />);
      expect(screen.getByRole('button', { name: 'Show full script' })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
      expect(writeText).toHaveBeenCalledWith(script.replace(/ \n/g, '\n'));
    });

    it('treats [constructor] and other Object names as ordinary blanks, and takes a CMS’s numbers as text', async () => {
      render(<HowToSayIt script={'Dear [constructor], re [toString] in [Year].'} fillable defaultValues={{ Year: 2026 as never }} />);
      expect(document.querySelector('blockquote')).toHaveTextContent('Dear [constructor], re [toString] in 2026.');
      await userEvent.type(screen.getByRole('textbox', { name: 'constructor' }), 'Ms. Okafor');
      expect(document.querySelector('blockquote')).toHaveTextContent('Dear Ms. Okafor,');
    });

    it('leaves a blank empty, with a development warning, when a CMS sends a value that is not text or a number, instead of showing "[object Object]" or crashing', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const writeText = vi.fn(async () => {});
      mockClipboard(writeText);
      render(<HowToSayIt script={'Dear [Name], about [Role] in [Year].'} fillable values={{ Name: { first: 'Ana' }, Role: { toString: 'x' }, Year: 2026 } as never} />);
      expect(document.querySelector('blockquote')).toHaveTextContent('Dear [Name], about [Role] in 2026.');
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
      await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
      expect(writeText).toHaveBeenCalledWith('Dear [Name], about [Role] in 2026.');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('HowToSayIt'));
    });

    it('leaves a blank empty for a CMS\'s true or false (an unset field), instead of writing "true" or "false" into the script', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const writeText = vi.fn(async () => {});
      mockClipboard(writeText);
      render(<HowToSayIt script={'Dear [Name], about [Role].'} fillable values={{ Name: false, Role: true } as never} />);
      expect(document.querySelector('blockquote')).toHaveTextContent('Dear [Name], about [Role].');
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
      await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
      expect(writeText).toHaveBeenCalledWith('Dear [Name], about [Role].');
    });

    it('shows the default title and no lead-in, with a development warning, for a title or lead-in that is a CMS\'s rich-text object, instead of crashing', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const doc = { nodeType: 'document', content: [] } as never;
      render(<HowToSayIt script="Sorry." title={doc} leadIn={doc} />);
      expect(screen.getByRole('note', { name: 'Script: How To Say It' })).toHaveTextContent(/^Script: How To Say It\s*Sorry\./);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    });

    it('shows the default title for an empty title (a CMS field left blank), as the post\'s contents name it, not an untitled note', () => {
      render(<HowToSayIt script="Sorry." title="" />);
      expect(screen.getByRole('note', { name: 'Script: How To Say It' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('How To Say It');
    });

    it('treats children that are a CMS\'s rich-text blocks as no script, with the development warnings, instead of crashing', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const blocks = [{ _type: 'block', children: [{ _type: 'span', text: 'Sorry.' }] }] as never;
      render(<HowToSayIt>{blocks}</HowToSayIt>);
      expect(screen.getByRole('note', { name: 'Script: How To Say It' })).toBeInTheDocument();
      expect(screen.queryByRole('button')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither text nor React nodes'));
    });

    it('fills a blank written with a no-break space or a double space', async () => {
      render(<HowToSayIt script={'Dear [Manager\u00A0name] and [Hiring  manager],'} fillable />);
      await userEvent.type(screen.getByRole('textbox', { name: 'Manager name' }), 'Ana');
      await userEvent.type(screen.getByRole('textbox', { name: 'Hiring manager' }), 'Bo');
      expect(document.querySelector('blockquote')).toHaveTextContent('Dear Ana and Bo,');
    });

    it('shows an emoji cut in half as U+FFFD, as the server\'s UTF-8 sends it, and in the email draft too (no crash)', () => {
      render(<HowToSayIt script={'Thanks! \uD83D'} email={{ subject: 'Hi' }} />);
      expect(document.querySelector('blockquote')).toHaveTextContent('Thanks! \uFFFD');
      expect(screen.getByRole('link', { name: 'Open as email' })).toHaveAttribute('href', 'mailto:?subject=Hi&body=Thanks!%20%EF%BF%BD');
      expect(screen.getByRole('button', { name: 'Copy script' })).toBeInTheDocument();
    });

    it('shows markup-like text as text', () => {
      render(<HowToSayIt script={'<b>Hi</b> <script>alert(1)</script> <img src=x onerror=alert(1)>'} />);
      const quote = document.querySelector('blockquote')!;
      expect(quote.querySelector('b, script, img')).toBeNull();
      expect(quote).toHaveTextContent('<b>Hi</b> <script>alert(1)</script> <img src=x onerror=alert(1)>');
    });

    it('keeps Arabic, emoji and curly quotes intact', async () => {
      const writeText = vi.fn(async (_text: string) => {});
      mockClipboard(writeText);
      const script = '“مرحباً [الاسم]،” 🙏\n\nأعتذر عن تفويت المكالمة.';
      render(<HowToSayIt script={script} />);
      await userEvent.click(screen.getByRole('button', { name: 'Copy script' }));
      expect(writeText).toHaveBeenCalledWith(script);
      expect(document.querySelector('mark')).toHaveTextContent('[الاسم]');
    });

    it('falls back to "say" for an unknown medium', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<HowToSayIt script="Hi." medium={'carrier pigeon' as never} />);
      expect(screen.getByText('Say it')).toBeInTheDocument();
    });
  });

  it('translates every built-in string', async () => {
    mockClipboard(async () => {});
    render(
      <HowToSayIt
        script={'Bonjour [Nom],\n\nMerci.'}
        fillable
        email={{ subject: 'Appel' }}
        medium="email"
        messages={{
          title: 'Comment le dire',
          copy: 'Copier le texte',
          copied: 'Copié',
          copiedAnnouncement: 'Texte copié.',
          openEmail: 'Ouvrir dans un e-mail',
          fillLegend: 'Complétez les blancs',
          email: 'E-mail',
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: /Comment le dire/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Complétez les blancs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir dans un e-mail' })).toBeInTheDocument();
    expect(screen.getByText('E-mail')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copier le texte' }));
    expect(screen.getByRole('button', { name: 'Copié' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Texte copié.');
  });

  it('sits inside another callout without losing its name', () => {
    render(
      <Callout tone="tip" title="Before you send it">
        <HowToSayIt script="Hi Ana, sorry." />
      </Callout>,
    );
    expect(screen.getByRole('note', { name: 'Tip: Before you send it' })).toContainElement(
      screen.getByRole('note', { name: 'Script: How To Say It' }),
    );
  });
});
