/** The newsletter the post's nudge and dialog sign readers up for (original copy, written for careerkit). */
export const weeklyLetter = {
  name: 'Hiring Desk Weekly',
  /** The nudge inside the reply: a parenthetical aside, as the column prints it. */
  nudge: {
    title: '(The newsletter prints more than the blog.)',
    description: 'Every Thursday, Hiring Desk Weekly brings one reader’s problem, the whole reply and the script to send. Sign up and get the next one.',
  },
  dialog: {
    title: 'Get Hiring Desk Weekly',
    description: 'One reader’s problem every Thursday, with the full reply and the script to send. Free, and one click to leave.',
  },
  /** The button after the article that opens the dialog. */
  button: 'Get the Weekly Letter',
  /** The consent wording's id is sent and stored with every signup. */
  consent: { version: 'hiring-desk-weekly-2026-11', privacyUrl: 'https://advice.example.com/privacy' },
};
