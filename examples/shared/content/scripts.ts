/**
 * The "How To Say It" script of the missed-interview post (see
 * shared/CONTENT.md): original, written for careerkit. The stories, the tests
 * and the example apps all read it from here.
 */

/** An apology-and-plan note to a hiring manager after a missed interview. */
export const apologyScript = `Dear Ms. Okafor,

I owe you an apology. On Tuesday I missed our 2 p.m. interview without a word, and I know that cost you an hour you had set aside for me. There is no excuse I would want you to weigh against that, so I won't offer one.

Here is what I have changed: interviews now go into my calendar the moment they are confirmed, with two reminders, and I confirm by email the day before.

If the Operations Coordinator role is still open, I would be grateful for a second conversation at any time that suits you. If you have moved on, I understand, and I thank you for considering me.

Sincerely,
Jordan Reyes`;
