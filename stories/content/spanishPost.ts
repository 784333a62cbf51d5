/**
 * An original advice-column post written in Spanish, with its reader
 * discussion, in the shape shared/CONTENT.md describes. Written for careerkit
 * (not a translation of the English post); every name, letter and comment is
 * invented, and any resemblance to a real reader or a real site is a
 * coincidence.
 */
import type { AdvicePost } from '../../src';
import type { CommentAuthor, CommentData } from '../../src/components/CommentThread/model/types';

/** The columnist's id: comments by this author are the site author's. */
export const SPANISH_POST_AUTHOR_ID = 'ines-cabrera';

const INES_NAME = 'Inés Cabrera';
const INES_URL = 'https://carrera.example.com/autores/ines-cabrera';

const emailScript = `Hola, [nombre de tu jefe]:

Quería comentarte algo sobre el informe de pedidos de las tiendas pequeñas. Me alegró mucho saber que el comité lo recibió tan bien. Fueron seis semanas de trabajo y estoy orgullosa del resultado.

Me gustaría dar un paso más en ese tipo de proyectos. Para el próximo, [próximo proyecto], ¿te parece bien que lo presente yo ante el comité, contigo en la sala? Así puedo responder de primera mano a las preguntas técnicas, y tú te ahorras prepararlo.

También me ayudaría que, a partir de ahora, mis informes lleven mi nombre en la portada. Quiero presentarme a la plaza de analista sénior y me importa que mi trabajo se vea.

¿Lo hablamos en nuestra reunión del jueves?

Un saludo,
Marta`;

export const spanishPost: AdvicePost = {
  url: 'https://carrera.example.com/2026/11/mi-jefe-presenta-mi-trabajo',
  column: { name: 'Consultorio de Carrera', url: 'https://carrera.example.com/consultorio' },
  headline: 'Mi jefe presenta mi trabajo como si fuera suyo. ¿Cómo se lo digo?',
  dek: 'Una lectora descubrió que su informe llegó a la dirección sin su nombre. Antes de quejarse, le conviene pedir algo muy concreto.',
  author: { name: INES_NAME, url: INES_URL },
  publisher: { name: 'Oficio y Carrera', url: 'https://carrera.example.com', logoUrl: 'https://carrera.example.com/logo.png' },
  publishedAt: '2026-11-17T09:00:00Z',
  updatedAt: '2026-11-18T08:15:00Z',
  newsletter: {
    name: 'La Carta del Lunes',
    url: 'https://carrera.example.com/boletin/archivo',
    issueDate: '2026-11-16',
    summary: 'una lectora cuyo jefe presenta su trabajo como propio pregunta cómo reclamar el mérito sin romper la relación',
  },
  question: {
    heading: 'La pregunta',
    body: `Llevo dos años como analista de datos en una empresa de distribución. En septiembre preparé, prácticamente sola, un informe sobre por qué estábamos perdiendo pedidos en las tiendas pequeñas. Me llevó seis semanas, muchas tardes y un par de sábados. Se lo envié a mi jefe para que lo revisara antes del comité de dirección.

No me invitó al comité. Después supe por una compañera que lo presentó él, con mis gráficos y mis conclusiones, y que en ningún momento dijo mi nombre. Cuando el director general lo felicitó, contestó: «Nos ha costado, pero lo hemos sacado adelante». Desde entonces ha vuelto a pasar dos veces, con trabajos más pequeños.

Lo peor es que no creo que sea mala persona. Me apoya en otras cosas y me dio toda la flexibilidad del mundo cuando mi padre estuvo ingresado. Por eso me cuesta tanto sacar el tema. Me da miedo parecer resentida, o que se lo tome como una acusación justo ahora, cuando se empieza a hablar de una plaza de analista sénior.

¿Cómo le pido que se reconozca mi trabajo sin cargarme la relación? ¿O debería hablar directamente con el director?`,
    signature: 'Invisible en Valencia',
  },
  reply: {
    heading: `La respuesta de ${INES_NAME}`,
    blocks: [
      {
        type: 'text',
        text: `Primero, lo que no debes hacer: no vayas al director. Todavía no. Saltarte a tu jefe ahora convertiría un problema de visibilidad en un conflicto de lealtad, y en esos conflictos suele ganar quien tiene el cargo.

Segundo, algo que quizá no te guste oír: le has puesto las cosas fáciles. Le entregaste el informe solo a él, sin tu nombre en la portada, y no pediste estar en la sala. No es culpa tuya que se lo apropiara, pero sí está en tu mano que la próxima vez no le resulte tan sencillo.

Y tercero: no conviertas la conversación en una queja sobre el pasado. «Te llevaste el mérito» es una acusación, y ante una acusación cualquiera se defiende. «Quiero presentar yo el próximo» es una petición, y a una petición concreta es mucho más difícil decir que no. Escríbesela: un correo breve te obliga a ser precisa y, además, deja constancia.`,
      },
      {
        type: 'script',
        script: emailScript,
        title: 'Cómo decirlo',
        medium: 'email',
        fillable: true,
        leadIn: 'Envíalo esta semana, antes de que llegue el próximo encargo:',
        email: { subject: 'El próximo informe para el comité' },
        messages: {
          title: 'Cómo decirlo',
          tone: 'Guion',
          copy: 'Copiar el texto',
          copied: 'Copiado',
          copiedAnnouncement: 'Texto copiado.',
          copyFallback: (shortcut: string) => `No se pudo copiar, así que el texto está seleccionado: pulsa ${shortcut}.`,
          showMore: 'Ver el texto completo',
          showLess: 'Ver menos',
          openEmail: 'Abrir como correo',
          fillLegend: 'Completa los huecos',
          say: 'Para decirlo',
          email: 'Correo',
          letter: 'Carta',
        },
      },
      {
        type: 'text',
        text: `Fíjate en lo que no dice: no dice «te llevaste el mérito», no menciona al director general ni aquella frase de «lo hemos sacado adelante». No hace falta. Cualquiera que lea ese correo entiende perfectamente lo que estás pidiendo, y él también lo entenderá.

Mientras tanto, haz tu trabajo visible por tu cuenta. Pon tu nombre y la fecha en la portada de todo lo que entregues y, cuando envíes algo, copia a quien lo vaya a usar. Eso no es presumir; es dejar rastro.

Si te dice que sí, prepara esa presentación como si fuera la entrevista para la plaza sénior, porque en cierto modo lo es. Si pone excusas, o vuelve a presentar tu trabajo sin nombrarte, entonces sí tienes pendiente una conversación con el director o con recursos humanos. Y llegarás a ella con un correo fechado que demuestra que lo intentaste primero por las buenas.`,
      },
      {
        type: 'promo',
        title: 'Que se note tu trabajo',
        body: 'Dieciocho guiones para hacerte visible sin pisar a nadie: cómo pedir el reconocimiento que te corresponde, cómo presentar ante la dirección y cómo plantear un ascenso. Todo en una guía breve en PDF.',
        href: 'https://carrera.example.com/guias/que-se-note-tu-trabajo',
        linkText: 'Descarga la guía',
      },
      { type: 'signup' },
      {
        type: 'text',
        text: 'Y cuéntanos qué pasa el jueves. Sospecho que no eres la única lectora que está escribiendo este correo ahora mismo.',
      },
    ],
  },
  discussion: {
    heading: '¿Alguna vez se han apropiado de tu trabajo?',
    intro: 'Lectores, esto pasa en casi todas las oficinas y casi nadie lo cuenta.',
    questions: [
      '¿Se lo planteaste a tu jefe? ¿Cómo reaccionó?',
      'Si diriges un equipo, ¿cómo te aseguras de que se reconozca el trabajo de cada persona?',
      '¿Habrías ido directamente al director?',
    ],
  },
  commentCount: 15,
};

const ines: CommentAuthor = {
  name: INES_NAME,
  id: SPANISH_POST_AUTHOR_ID,
  url: INES_URL,
  avatarUrl: 'https://avatars.example.com/ines-cabrera.png',
};

const managerStory = `Dirijo un equipo de nueve personas en una aseguradora y quiero contar esto desde el otro lado, porque yo también fui ese jefe durante un tiempo, sin darme cuenta.

Cuando me ascendieron, entendí que mi trabajo consistía en «vender» ante la dirección lo que hacía el equipo. Así que lo presentaba todo yo. Decía «hemos hecho» y me parecía un gesto generoso. Hasta que una analista me dijo, con mucha educación, que nadie en aquella sala sabía que el análisis era suyo. Me sentó fatal, y tenía toda la razón.

Desde entonces sigo cinco normas, y se las recomiendo a cualquiera que tenga gente a su cargo:

1. Quien hace el trabajo, lo presenta. Yo abro la reunión y le cedo la palabra.
2. Cada informe lleva en la portada el nombre de quien lo ha hecho; el mío aparece solo como revisora.
3. Cuando la dirección me felicita por correo, reenvío el mensaje a la persona que hizo el trabajo, con copia a quien me felicitó.
4. En las evaluaciones anuales llevo una lista de los proyectos de cada persona, no de los del equipo.
5. Si alguien prefiere no presentar, le pregunto por qué, y buscamos juntos otra manera de que se vea su nombre.

Ninguna de estas normas me ha costado nada. Al contrario: la dirección confía más en mi equipo porque conoce a las personas, no solo mis diapositivas.

A la lectora: quizá tu jefe no sea un villano, sino alguien que nunca se ha parado a pensar cómo se ve esto desde tu silla. Tu correo puede ser la conversación que yo tuve con mi analista. Ojalá le siente igual de mal y le sirva igual de bien.`;

/**
 * The reader discussion of `spanishPost`: 15 flat, numbered comments where
 * readers answer each other with "@Nombre", "@Nombre y @Otro Nombre",
 * "@ Nombre" and "Gracias Nombre,", the columnist replies four times, one
 * comment is a long story with a numbered list, one has a link, one author has
 * no id, one comment was edited and one arrives a week late.
 */
export const spanishDiscussion: CommentData[] = [
  {
    id: 'es1',
    number: 1,
    author: {
      name: 'Marta Quiroga',
      id: 'marta-quiroga',
      url: 'https://example.com/marta-quiroga',
      avatarUrl: 'https://avatars.example.com/marta-quiroga.png',
    },
    body: `Me pasó algo muy parecido en mi primer trabajo, en una consultora. Mi responsable presentaba mis modelos como «el trabajo del equipo», y el equipo era yo.

Lo que me funcionó fue justo lo que dice Inés: dejar de quejarme en los pasillos y pedir algo concreto. Le pedí presentar yo la siguiente revisión trimestral y me dijo que sí casi sin pensarlo... Creo que ni siquiera se había dado cuenta de lo que hacía.`,
    createdAt: '2026-11-17T10:12:00Z',
    status: 'published',
    likes: 23,
  },
  {
    id: 'es2',
    number: 2,
    author: { name: 'Nacho', id: 'nacho' },
    body: 'No estoy de acuerdo. Si ya lo ha hecho tres veces, no es un despiste: es su manera de trabajar. Yo iría a recursos humanos desde el principio, con fechas y correos.',
    createdAt: '2026-11-17T11:40:00Z',
    status: 'published',
    likes: 5,
  },
  {
    id: 'es3',
    number: 3,
    author: ines,
    body: '@Nacho Entiendo la tentación, pero con tres episodios y ningún aviso previo, recursos humanos le preguntará lo mismo que yo: «¿Se lo has dicho a él?». Ese correo es justo lo que le falta. Si después de enviarlo nada cambia, ya no hablamos de un despiste, y ahí estoy contigo.',
    createdAt: '2026-11-17T13:05:00Z',
    status: 'published',
    likes: 9,
  },
  {
    id: 'es4',
    number: 4,
    author: {
      name: 'Carmen Solís',
      id: 'carmen-solis',
      url: 'https://example.com/carmen-solis',
      avatarUrl: 'https://avatars.example.com/carmen-solis.png',
    },
    body: managerStory,
    createdAt: '2026-11-17T16:20:00Z',
    status: 'published',
    likes: 31,
  },
  {
    id: 'es5',
    number: 5,
    author: { name: 'Pablo R.' },
    body: '@Marta Quiroga ¿Y no te dio miedo que se lo tomara a mal? Tengo un jefe parecido y me paraliza pensar en la cara que pondría.',
    createdAt: '2026-11-17T18:02:00Z',
    status: 'published',
  },
  {
    id: 'es6',
    number: 6,
    author: ines,
    body: '@Carmen Solís Gracias por contarlo con tanta honestidad. Tu tercera norma, reenviar la felicitación con copia, me parece oro puro, y no cuesta ni diez segundos.',
    createdAt: '2026-11-17T19:30:00Z',
    status: 'published',
    likes: 14,
  },
  {
    id: 'es7',
    number: 7,
    author: { name: 'Lucía Ferrer', id: 'lucia-ferrer' },
    body: '@Marta Quiroga y @Nacho Yo creo que las dos cosas son compatibles: primero el correo, y guardar una copia por si hay que llegar a recursos humanos. Una cosa no quita la otra.',
    createdAt: '2026-11-18T07:45:00Z',
    status: 'published',
    likes: 3,
  },
  {
    id: 'es8',
    number: 8,
    author: { name: 'Andrés Villalobos', id: 'andres-villalobos', url: 'https://example.com/andres' },
    body: `Un consejo práctico: llevad un registro de logros. Yo apunto cada viernes qué he entregado, a quién y con qué resultado. Cuando llega la evaluación, o una conversación como esta, no dependes de la memoria de nadie. Tengo una plantilla sencilla aquí, por si le sirve a alguien: https://example.org/plantillas/registro-de-logros

No es nada sofisticado, una hoja de cálculo con cuatro columnas.`,
    createdAt: '2026-11-18T09:10:00Z',
    status: 'published',
    likes: 7,
  },
  {
    id: 'es9',
    number: 9,
    author: { name: 'Sofía Mendoza', id: 'sofia-mendoza', avatarUrl: 'https://avatars.example.com/sofia-mendoza.png' },
    body: '@ Carmen Solís Ojalá todos los jefes pensaran así. En mi empresa, si pides presentar tú, te miran como si quisieras quitarle el puesto a alguien.',
    createdAt: '2026-11-18T12:25:00Z',
    status: 'published',
  },
  {
    id: 'es10',
    number: 10,
    author: { name: 'Teresa Gil', id: 'teresa-gil' },
    body: 'Gracias Nacho, lo has dicho sin rodeos. Pero yo estuve en ese despacho de recursos humanos sin haber hablado antes con mi jefa, y lo primero que me preguntaron fue justo eso. Salí con las manos vacías.',
    createdAt: '2026-11-18T15:50:00Z',
    status: 'published',
    likes: 2,
  },
  {
    id: 'es11',
    number: 11,
    author: ines,
    body: '@Pablo R. Es normal tener miedo. Pero fíjate en que el correo no le pide que reconozca nada del pasado: solo pide presentar el próximo proyecto. Es muy difícil ofenderse por eso, y si aun así se ofende, eso también es información.',
    createdAt: '2026-11-18T18:05:00Z',
    status: 'published',
    likes: 6,
  },
  {
    id: 'es12',
    number: 12,
    author: { name: 'Rubén Castaño', id: 'ruben-castano' },
    body: `Lo de poner el nombre en la portada parece una tontería, pero no lo es. Desde que lo hago, las preguntas me llegan directamente a mí y no a mi jefe.

Edito: y también algún encargo de más, aviso. :)`,
    createdAt: '2026-11-19T08:30:00Z',
    editedAt: '2026-11-19T08:52:00Z',
    status: 'published',
  },
  {
    id: 'es13',
    number: 13,
    author: { name: 'Valeria', id: 'valeria' },
    body: '¡Me lo guardo! Llevo meses con el mismo problema y no sabía por dónde empezar.',
    createdAt: '2026-11-20T21:15:00Z',
    status: 'published',
    likes: 1,
  },
  {
    id: 'es14',
    number: 14,
    author: ines,
    body: '@Sofía Mendoza Si en tu empresa pedir presentar se ve como una amenaza, empieza por algo más pequeño: responder tú a las preguntas técnicas, o presentar solo la parte que has hecho. La visibilidad también se gana por entregas.',
    createdAt: '2026-11-21T10:40:00Z',
    status: 'published',
    likes: 4,
  },
  {
    id: 'es15',
    number: 15,
    author: { name: 'Elena Paredes', id: 'elena-paredes' },
    body: 'Comento un poco tarde, pero acabo de leer la carta de la semana pasada. Hace un año le envié a mi jefe un correo muy parecido. Me dijo que sí, presenté, y seis meses después me ascendieron. No fue solo por eso, claro, pero ayudó que la directora ya supiera cómo me llamaba. ¡Ánimo, Invisible en Valencia!',
    createdAt: '2026-11-24T19:30:00Z',
    status: 'published',
  },
];
