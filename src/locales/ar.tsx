/**
 * `careerkit/locales/ar`: every built-in string in Modern Standard Arabic. Pass
 * it to `MessagesProvider` with `locale="ar"` (or `ar-EG`, `ar-SA`…) and set
 * `dir="rtl"` on `ThemeProvider` (or `<html>`).
 *
 * Plural objects give all six categories `Intl.PluralRules('ar')` uses: `zero`,
 * `one` and `two` as words («تعليق واحد», «تعليقان»), `few` (3–10) with the
 * plural noun, `many` (11–99) with the singular accusative, `other` (100, 1000…)
 * with the singular genitive. Buttons use the verbal noun («نسخ», «إرسال»), as
 * Arabic interfaces usually do, so they address no one's gender.
 *
 * Only strings and small functions: no component code. The build marks the
 * file "use client", so a Server Component passes `ar` on as a reference.
 */
import type * as React from 'react';
import type { CompleteCareerkitMessages } from '../components/MessagesProvider/types';

export const ar: CompleteCareerkitMessages<'zero' | 'one' | 'two' | 'few' | 'many' | 'other'> = {
  Callout: {
    note: 'ملاحظة',
    tip: 'نصيحة',
    important: 'مهم',
    warning: 'تحذير',
    caution: 'تنبيه',
    script: 'نص',
  },
  HowToSayIt: {
    title: 'كيف تقولها',
    tone: 'نص',
    copy: 'نسخ النص',
    copied: 'تم النسخ',
    copiedAnnouncement: 'تم نسخ النص.',
    copyFallback: (shortcut: string) => `تعذّر النسخ، لذا حُدِّد النص: اضغط ${shortcut} لنسخه.`,
    showMore: 'عرض النص كاملاً',
    showLess: 'عرض أقل',
    openEmail: 'فتح في رسالة بريد إلكتروني',
    fillLegend: 'املأ الفراغات',
    say: 'شفهياً',
    email: 'بريد إلكتروني',
    letter: 'رسالة مكتوبة',
  },
  AdviceArticle: {
    by: (author: React.ReactNode) => <>بقلم {author}</>,
    published: (date: React.ReactNode) => <>نُشر في {date}</>,
    updated: (date: React.ReactNode) => <>حُدّث في {date}</>,
    readingTime: (count: number, formatted: string) => {
      const form = new Intl.PluralRules('ar').select(count);
      return form === 'one'
        ? 'دقيقة واحدة للقراءة'
        : form === 'two'
          ? 'دقيقتان للقراءة'
          : `${formatted} ${form === 'few' ? 'دقائق' : 'دقيقة'} للقراءة`;
    },
    // «في عدد 19 نوفمبر 2026 من رسالة مكتب التوظيف، قارئة فاتتها مقابلة…»
    banner: (date: React.ReactNode, newsletter: React.ReactNode, summary: React.ReactNode) => (
      <>
        في {date ? <>عدد {date} من </> : null}
        {newsletter}
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
    comments: { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '{count} تعليقات', many: '{count} تعليقًا', other: '{count} تعليق' },
    commentsLink: 'التعليقات',
    copyLink: (section: string) => `رابط إلى «${section}»`,
    linkCopied: 'تم نسخ الرابط.',
  },
  CommentThread: {
    heading: { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '{count} تعليقات', many: '{count} تعليقًا', other: '{count} تعليق' },
    empty: 'لا تعليقات بعد. ابدأ النقاش.',
    anonymous: 'مجهول',
    postAuthor: 'كاتب المقال',
    roles: { staff: 'فريق الموقع', moderator: 'مشرف' },
    replyTo: (name: string) => `، ردًّا على ${name}`,
    replyingTo: (name: React.ReactNode) => <>ردًّا على {name}</>,
    replyToMissing: 'ردًّا على تعليق غير معروض',
    number: (n: string) => `#${n}`,
    justNow: 'الآن',
    you: 'أنت',
    edited: 'معدَّل',
    awaitingModeration: 'بانتظار المراجعة: هذا التعليق لا يظهر إلا لك.',
    deleted: 'حُذف هذا التعليق.',
    removed: 'أزال أحد المشرفين هذا التعليق.',
    showReplies: { zero: 'عرض الردود', one: 'عرض ردّ واحد', two: 'عرض ردّين', few: 'عرض {count} ردود', many: 'عرض {count} ردًّا', other: 'عرض {count} ردّ' },
    hideReplies: {
      zero: 'إخفاء الردود',
      one: 'إخفاء ردّ واحد',
      two: 'إخفاء ردّين',
      few: 'إخفاء {count} ردود',
      many: 'إخفاء {count} ردًّا',
      other: 'إخفاء {count} ردّ',
    },
    moreReplies: {
      zero: 'عرض ردود أخرى',
      one: 'عرض ردّ آخر',
      two: 'عرض ردّين آخرين',
      few: 'عرض {count} ردود أخرى',
      many: 'عرض {count} ردًّا آخر',
      other: 'عرض {count} ردّ آخر',
    },
    moreRepliesUncounted: 'عرض مزيد من الردود',
    moreComments: {
      zero: 'عرض تعليقات أخرى',
      one: 'عرض تعليق آخر',
      two: 'عرض تعليقين آخرين',
      few: 'عرض {count} تعليقات أخرى',
      many: 'عرض {count} تعليقًا آخر',
      other: 'عرض {count} تعليق آخر',
    },
    moreCommentsUncounted: 'عرض مزيد من التعليقات',
    repliesLoaded: {
      zero: 'لم تُحمَّل ردود أخرى.',
      one: 'تم تحميل ردّ آخر.',
      two: 'تم تحميل ردّين آخرين.',
      few: 'تم تحميل {count} ردود أخرى.',
      many: 'تم تحميل {count} ردًّا آخر.',
      other: 'تم تحميل {count} ردّ آخر.',
    },
    commentsLoaded: {
      zero: 'لم تُحمَّل تعليقات أخرى.',
      one: 'تم تحميل تعليق آخر.',
      two: 'تم تحميل تعليقين آخرين.',
      few: 'تم تحميل {count} تعليقات أخرى.',
      many: 'تم تحميل {count} تعليقًا آخر.',
      other: 'تم تحميل {count} تعليق آخر.',
    },
    loadFailed: 'تعذّر تحميل مزيد من التعليقات. يُرجى المحاولة مرة أخرى.',
    showMore: 'عرض المزيد',
    showLess: 'عرض أقل',
    reply: 'ردّ',
    cancel: 'إلغاء',
    newComment: 'اكتب تعليقًا',
    yourReply: (name: string) => `ردّك على ${name}`,
    postComment: 'نشر التعليق',
    postReply: 'نشر الردّ',
    sending: 'جارٍ الإرسال…',
    sent: 'نُشر تعليقك.',
    sendFailed: 'لم يُنشر تعليقك. نصّك ما زال هنا: يُرجى المحاولة مرة أخرى.',
    writeFirst: 'اكتب تعليقك أولاً.',
    retry: 'إعادة المحاولة',
    like: 'إعجاب',
    likes: { zero: 'لا إعجابات', one: 'إعجاب واحد', two: 'إعجابان', few: '{count} إعجابات', many: '{count} إعجابًا', other: '{count} إعجاب' },
    likeFailed: 'لم يُحفظ إعجابك.',
    copyLink: 'نسخ الرابط',
    linkCopied: 'تم نسخ الرابط.',
    linkInAddressBar: 'تعذّر النسخ. الرابط في شريط العنوان.',
    report: 'إبلاغ',
    edit: 'تعديل',
    save: 'حفظ',
    editLabel: 'تعديل تعليقك',
    delete: 'حذف',
    sortLabel: 'الترتيب حسب',
    sorts: { oldest: 'الأقدم', newest: 'الأحدث', replies: 'الأكثر ردودًا' },
    reportTitle: 'الإبلاغ عن هذا التعليق',
    reportDescription: 'أخبر المشرفين بالمشكلة. لن يعرف صاحب التعليق من أبلغ عنه.',
    reportReason: 'لماذا تبلغ عنه؟',
    reportReasons: {
      spam: 'رسائل مزعجة أو إعلانات',
      abuse: 'تحرّش أو خطاب كراهية',
      personal: 'يكشف معلومات شخصية عن أحد',
      offTopic: 'خارج الموضوع',
    },
    reportSubmit: 'إرسال البلاغ',
    reported: 'شكرًا. سيراجع أحد المشرفين هذا التعليق.',
    deleteTitle: 'حذف تعليقك؟',
    deleteDescription: 'سيُحذف لدى الجميع، وتبقى الردود عليه.',
    deleteConfirm: 'حذف التعليق',
    deletedDone: 'حُذف تعليقك.',
    actionFailed: 'لم تنجح العملية. يُرجى المحاولة مرة أخرى.',
  },
  NewsletterSignup: {
    title: 'احصل على النشرة البريدية',
    email: 'البريد الإلكتروني',
    firstName: 'الاسم الأول',
    optional: '(اختياري)',
    submit: 'اشتراك',
    submitting: 'جارٍ الاشتراك…',
    emailRequired: 'أدخل بريدك الإلكتروني',
    emailFormat: 'أدخل بريدًا إلكترونيًا بالصيغة الصحيحة، مثل name@example.com',
    oneLine: 'أدخل هذا في سطر واحد',
    consentRequired: 'اختر ما نرسله إليك',
    emailRejected: 'لم يُقبل هذا العنوان. تحقّق منه وحاول مرة أخرى.',
    suggestion: (link: React.ReactNode) => <>هل تقصد {link}؟</>,
    notice: (privacy: React.ReactNode) => (
      <>لا نستخدم عنوانك إلا لإرسال النشرة. يمكنك إلغاء الاشتراك في أي وقت. {privacy}</>
    ),
    privacy: 'سياسة الخصوصية',
    pendingTitle: 'تحقّق من بريدك الوارد',
    pending: (email: React.ReactNode) => <>أرسلنا رابطًا إلى {email}. افتحه لتأكيد اشتراكك.</>,
    spamHint: 'لم يصلك شيء؟ تحقّق من مجلد الرسائل غير المرغوب فيها.',
    useDifferent: 'استخدام عنوان آخر',
    subscribed: 'تم اشتراكك. شكرًا لك!',
    alreadySubscribed: 'اشتراكك مفعّل من قبل. لا حاجة إلى أي خطوة أخرى.',
    // `when` comes from Intl.RelativeTimeFormat: «خلال 5 دقائق».
    rateLimited: (when: string) => `محاولات كثيرة. يُرجى المحاولة مرة أخرى ${when || 'بعد بضع دقائق'}.`,
    offline: 'لا يوجد اتصال بالإنترنت. احتفظنا بعنوانك: حاول مرة أخرى بعد عودة الاتصال.',
    online: 'عاد الاتصال بالإنترنت.',
    error: 'حدث خطأ، ولم يكتمل اشتراكك بعد. يُرجى المحاولة مرة أخرى.',
    tooFast: 'تحقّق من عنوانك، ثم اختر «اشتراك» مرة أخرى.',
    errorPrefix: 'خطأ:',
  },
  SignupDialog: {
    title: 'احصل على النشرة الأسبوعية',
    trigger: 'احصل على النشرة البريدية',
    dontShowAgain: 'عدم الإظهار مرة أخرى',
    close: 'إغلاق',
  },
  Dialog: { close: 'إغلاق' },
  TextField: { errorPrefix: 'خطأ:', optional: '(اختياري)' },
};
