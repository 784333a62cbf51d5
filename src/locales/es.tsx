/**
 * `careerkit/locales/es`: every built-in string in Spanish (neutral, for Spain
 * and the Americas; the reader is addressed as «tú»). Pass it to
 * `MessagesProvider` with `locale="es"` (or `es-MX`, `es-419`…). Plural objects
 * give `one`, `many` (a million and more: «1.000.000 de comentarios») and
 * `other`, the categories `Intl.PluralRules('es')` uses.
 *
 * Only strings and small functions: no component code. The build marks the
 * file "use client", so a Server Component passes `es` on as a reference.
 */
import type * as React from 'react';
import type { CompleteCareerkitMessages } from '../components/MessagesProvider/types';

export const es: CompleteCareerkitMessages<'one' | 'many' | 'other'> = {
  Callout: {
    note: 'Nota',
    tip: 'Consejo',
    important: 'Importante',
    warning: 'Advertencia',
    caution: 'Precaución',
    script: 'Guion',
  },
  HowToSayIt: {
    title: 'Cómo decirlo',
    tone: 'Guion',
    copy: 'Copiar el guion',
    copied: 'Copiado',
    copiedAnnouncement: 'Guion copiado.',
    copyFallback: (shortcut: string) => `No se pudo copiar. El guion está seleccionado: pulsa ${shortcut}.`,
    showMore: 'Mostrar el guion completo',
    showLess: 'Mostrar menos',
    openEmail: 'Abrir como correo',
    fillLegend: 'Completa los espacios en blanco',
    say: 'De viva voz',
    email: 'Correo electrónico',
    letter: 'Carta',
  },
  AdviceArticle: {
    by: (author: React.ReactNode) => <>Por {author}</>,
    published: (date: React.ReactNode) => <>Publicado el {date}</>,
    updated: (date: React.ReactNode) => <>Actualizado el {date}</>,
    readingTime: (_count: number, formatted: string) => `${formatted} min de lectura`,
    // «En la edición del 20 de noviembre de 2026 de Carta Semanal, una lectora que…»
    banner: (date: React.ReactNode, newsletter: React.ReactNode, summary: React.ReactNode) => (
      <>
        En {date ? <>la edición del {date} de </> : null}
        {newsletter}
        {summary ? ', ' : ''}
        {summary}
      </>
    ),
    contents: 'En este artículo',
    question: 'La pregunta',
    reply: (columnist: string) => `La respuesta de ${columnist}`,
    replyUnsigned: 'La respuesta',
    promo: 'Promoción',
    joinDiscussion: 'Únete a la conversación',
    comments: { one: '{count} comentario', many: '{count} de comentarios', other: '{count} comentarios' },
    commentsLink: 'Comentarios',
    copyLink: (section: string) => `Enlace a «${section}»`,
    linkCopied: 'Enlace copiado.',
  },
  CommentThread: {
    heading: { one: '{count} comentario', many: '{count} de comentarios', other: '{count} comentarios' },
    empty: 'Todavía no hay comentarios. Empieza la conversación.',
    anonymous: 'Anónimo',
    postAuthor: 'Autor',
    roles: { staff: 'Equipo', moderator: 'Moderación' },
    replyTo: (name: string) => `, en respuesta a ${name}`,
    replyingTo: (name: React.ReactNode) => <>En respuesta a {name}</>,
    replyToMissing: 'En respuesta a un comentario que no se muestra',
    number: (n: string) => `#${n}`,
    justNow: 'ahora mismo',
    you: 'Tú',
    edited: 'editado',
    awaitingModeration: 'Pendiente de moderación: solo tú puedes ver este comentario.',
    deleted: 'Se eliminó este comentario.',
    removed: 'Un moderador eliminó este comentario.',
    showReplies: { one: 'Mostrar {count} respuesta', many: 'Mostrar {count} de respuestas', other: 'Mostrar {count} respuestas' },
    hideReplies: { one: 'Ocultar {count} respuesta', many: 'Ocultar {count} de respuestas', other: 'Ocultar {count} respuestas' },
    moreReplies: {
      one: 'Mostrar {count} respuesta más',
      many: 'Mostrar {count} de respuestas más',
      other: 'Mostrar {count} respuestas más',
    },
    moreRepliesUncounted: 'Mostrar más respuestas',
    moreComments: {
      one: 'Mostrar {count} comentario más',
      many: 'Mostrar {count} de comentarios más',
      other: 'Mostrar {count} comentarios más',
    },
    moreCommentsUncounted: 'Mostrar más comentarios',
    repliesLoaded: {
      one: 'Se cargó {count} respuesta más.',
      many: 'Se cargaron {count} de respuestas más.',
      other: 'Se cargaron {count} respuestas más.',
    },
    commentsLoaded: {
      one: 'Se cargó {count} comentario más.',
      many: 'Se cargaron {count} de comentarios más.',
      other: 'Se cargaron {count} comentarios más.',
    },
    loadFailed: 'No se pudieron cargar más comentarios. Inténtalo de nuevo.',
    showMore: 'Mostrar más',
    showLess: 'Mostrar menos',
    reply: 'Responder',
    cancel: 'Cancelar',
    newComment: 'Escribe un comentario',
    yourReply: (name: string) => `Tu respuesta a ${name}`,
    postComment: 'Publicar comentario',
    postReply: 'Publicar respuesta',
    sending: 'Enviando…',
    sent: 'Se publicó tu comentario.',
    sendFailed: 'Tu comentario no se publicó. Tu texto sigue aquí: inténtalo de nuevo.',
    writeFirst: 'Escribe primero tu comentario.',
    retry: 'Reintentar',
    like: 'Me gusta',
    likes: { one: '{count} me gusta', many: '{count} de me gusta', other: '{count} me gusta' },
    likeFailed: 'No se guardó tu «me gusta».',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado.',
    linkInAddressBar: 'No se pudo copiar. El enlace está en la barra de direcciones.',
    report: 'Denunciar',
    edit: 'Editar',
    save: 'Guardar',
    editLabel: 'Edita tu comentario',
    delete: 'Eliminar',
    sortLabel: 'Ordenar por',
    sorts: { oldest: 'Más antiguos', newest: 'Más recientes', replies: 'Más respuestas' },
    reportTitle: 'Denunciar este comentario',
    reportDescription: 'Explica a los moderadores qué ocurre. El autor no sabrá quién lo denunció.',
    reportReason: '¿Por qué lo denuncias?',
    reportReasons: {
      spam: 'Spam o publicidad',
      abuse: 'Acoso u odio',
      personal: 'Revela datos personales de alguien',
      offTopic: 'No tiene que ver con el tema',
    },
    reportSubmit: 'Enviar denuncia',
    reported: 'Gracias. Un moderador revisará este comentario.',
    deleteTitle: '¿Eliminar tu comentario?',
    deleteDescription: 'Desaparece para todos. Las respuestas que tenga se mantienen.',
    deleteConfirm: 'Eliminar comentario',
    deletedDone: 'Se eliminó tu comentario.',
    actionFailed: 'No se pudo completar. Inténtalo de nuevo.',
  },
  NewsletterSignup: {
    title: 'Recibe el boletín',
    email: 'Correo electrónico',
    firstName: 'Nombre',
    optional: '(opcional)',
    submit: 'Suscribirme',
    submitting: 'Suscribiendo…',
    emailRequired: 'Escribe tu correo electrónico',
    emailFormat: 'Escribe un correo electrónico con el formato correcto, como nombre@ejemplo.com',
    oneLine: 'Escríbelo en una sola línea',
    consentRequired: 'Elige qué podemos enviarte',
    emailRejected: 'No se aceptó esta dirección. Revísala y vuelve a intentarlo.',
    suggestion: (link: React.ReactNode) => <>¿Quisiste decir {link}?</>,
    notice: (privacy: React.ReactNode) => (
      <>Solo usamos tu dirección para enviarte el boletín. Puedes darte de baja cuando quieras. {privacy}</>
    ),
    privacy: 'Política de privacidad',
    pendingTitle: 'Revisa tu bandeja de entrada',
    pending: (email: React.ReactNode) => <>Enviamos un enlace a {email}. Ábrelo para confirmar.</>,
    spamHint: '¿No te ha llegado nada? Revisa la carpeta de correo no deseado.',
    useDifferent: 'Usar otra dirección',
    subscribed: 'Te has suscrito. ¡Gracias!',
    alreadySubscribed: 'Ya tienes una suscripción. No hace falta nada más.',
    // `when` comes from Intl.RelativeTimeFormat: «dentro de 5 minutos».
    rateLimited: (when: string) => `Demasiados intentos. Vuelve a intentarlo ${when || 'en unos minutos'}.`,
    offline: 'No tienes conexión. Guardamos tu dirección: vuelve a intentarlo cuando te conectes.',
    online: 'Vuelves a tener conexión.',
    error: 'Algo salió mal y aún no tienes la suscripción. Vuelve a intentarlo.',
    tooFast: 'Revisa tu dirección y vuelve a seleccionar Suscribirme.',
    errorPrefix: 'Error:',
  },
  SignupDialog: {
    title: 'Recibe el boletín semanal',
    trigger: 'Recibe el boletín',
    dontShowAgain: 'No volver a mostrar',
    close: 'Cerrar',
  },
  Dialog: { close: 'Cerrar' },
  TextField: { errorPrefix: 'Error:', optional: '(opcional)' },
};
