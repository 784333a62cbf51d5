/**
 * Original sample content for the stories and docs, in the shape of an advice
 * column's "How To Say It" script (see shared/CONTENT.md). Written for careerkit.
 * The post's own script lives with the post in examples/shared/content, which the
 * example apps render too; it is re-exported here for the stories and tests.
 */
import { ar } from '../../src/locales/ar';
export { apologyScript } from '../../examples/shared/content/scripts';

/** The same note with blanks for the reader to fill. */
export const apologyTemplate = `Dear [Hiring manager's name],

I owe you an apology. On [Day] I missed our interview without a word, and I know that cost you time you had set aside for me. I won't offer an excuse.

Here is what I have changed: interviews now go into my calendar the moment they are confirmed, with two reminders, and I confirm the day before.

If the [Role] role at [Company] is still open, I would be grateful for a second conversation at any time that suits you. If you have moved on, I understand.

Sincerely,
[Your name]`;

/** A long script: a reply to a counter-offer, walking through five points. */
export const longScript = `Hi Priya,

Thank you for the offer, and for the time you and the panel gave me over three rounds. I'm excited about the team and the work, and I want to say yes. Before I do, I'd like to talk through the package, because a few parts don't yet match what the role asks of me.

First, base salary. The role covers two regions and a team of six. For that scope, the published ranges I've seen and the conversations I've had put the market between 94,000 and 102,000. I'd like to ask for 98,000.

Second, the start date. My current team is in the middle of a launch on the 14th. Leaving before then would leave them short. Could we set my start for the 28th instead?

Third, remote days. The offer says two days at home. For the first three months I'd be glad to be in the office every day while I learn the team. After that, I'd like to move to three days at home, reviewed at my six-month check-in.

Fourth, learning budget. You mentioned the certification the team lead holds. I'd like to take it in my first year. Could the package include the course and exam fees?

Fifth, title. Two of the people reporting to me today hold "Senior" titles. "Manager" rather than "Lead" would make those reporting lines clear to everyone.

I know that's a list. If it helps, the salary and start date matter most to me; the others I'm glad to discuss.

I'm looking forward to working together, and I'm free to talk any time on Thursday or Friday.

Best,
Sam`;

/** An Arabic version of the template, for right-to-left stories. */
export const arabicTemplate = `السيدة [اسم مديرة التوظيف] المحترمة،

أعتذر عن تغيّبي عن مقابلة يوم الثلاثاء دون إشعار مسبق. كان ذلك خطأً مني، وأدرك أنه أضاع وقتاً خصّصتِه لي.

لقد غيّرت طريقتي في تنظيم المواعيد حتى لا يتكرر ذلك. إن كانت الوظيفة ما زالت متاحة، فسأكون ممتناً لفرصة حديث ثانٍ في أي وقت يناسبك.

مع التقدير،
[اسمك]`;

/** HowToSayIt's strings in Arabic: the shipped catalog's. */
export const arabicMessages = ar.HowToSayIt;
