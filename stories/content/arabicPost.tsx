/** A short original post in Arabic, for right-to-left stories. */
import type { AdvicePost, ArticleMessages } from '../../src';

export const arabicPost: AdvicePost = {
  column: { name: 'مكتب التوظيف' },
  headline: 'فاتتني المقابلة الأخيرة. هل ضاعت الوظيفة؟',
  author: { name: 'سلمى حداد' },
  publishedAt: '2026-11-20T14:00:00Z',
  newsletter: { name: 'رسالة مكتب التوظيف', issueDate: '2026-11-19', summary: 'قارئة فاتتها مقابلة نهائية تسأل إن كان الاعتذار ما زال ممكناً' },
  question: {
    body: 'انتظرت هذه الفرصة ثلاث سنوات، ثم نمت عن موعد المقابلة الأخيرة.\n\nكتبت في اليوم التالي رسالة طويلة أشرح فيها ظروف عملي، ولم يصلني رد. هل أكتب مرة أخرى أم أتقبّل الأمر؟',
    signature: 'قارئة من عمّان',
  },
  reply: {
    blocks: [
      {
        type: 'text',
        text: 'اكتبي مرة واحدة فقط. اعترفي بالخطأ في الجملة الأولى، واذكري ما غيّرتِه، واطلبي شيئاً واحداً.\n\nلا تشرحي ظروفك مرة أخرى: الشرح يبدو عذراً، لا اعتذاراً.',
      },
      {
        type: 'script',
        script: 'السيدة المديرة المحترمة،\n\nأعتذر عن تغيّبي عن مقابلة يوم الثلاثاء. كان ذلك خطئي.\n\nإن كانت الوظيفة ما زالت متاحة، فسأكون ممتنة لفرصة حديث ثانٍ.\n\nمع التقدير،\nليلى',
        title: 'كيف تقولينها',
        messages: { title: 'كيف تقولينها', tone: 'نص', copy: 'انسخي النص', copied: 'تم النسخ', copiedAnnouncement: 'تم نسخ النص.' },
      },
    ],
  },
  discussion: { heading: 'هل مررتم بتجربة مشابهة؟', questions: ['هل اعتذرتم عن موعد فائت؟', 'ماذا كانت النتيجة؟'] },
  commentCount: 2,
};

export const arabicArticleMessages: Partial<ArticleMessages> = {
  by: (author) => <>بقلم {author}</>,
  published: (date) => <>نُشر في {date}</>,
  updated: (date) => <>حُدّث في {date}</>,
  readingTime: (count: number, formatted: string) =>
    count === 1 ? 'دقيقة واحدة للقراءة' : count === 2 ? 'دقيقتان للقراءة' : `${formatted} دقائق للقراءة`,
  banner: (date, newsletter, summary) => (
    <>
      في عدد {date} من {newsletter}
      {summary ? '، ' : ''}
      {summary}
    </>
  ),
  contents: 'في هذا المقال',
  question: 'السؤال',
  reply: (columnist: string) => `ردّ ${columnist}`,
  replyUnsigned: 'الرد',
  promo: 'إعلان',
  joinDiscussion: 'شاركوا في النقاش',
  comments: { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '{count} تعليقات', many: '{count} تعليقاً', other: '{count} تعليق' },
  commentsLink: 'التعليقات',
  copyLink: (section: string) => `رابط إلى «${section}»`,
  linkCopied: 'تم نسخ الرابط.',
};
