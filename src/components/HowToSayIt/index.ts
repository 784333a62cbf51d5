export {
  HowToSayIt,
  howToSayItMessages,
  scriptMedia,
  type HowToSayItProps,
  type HowToSayItMessages,
  type ScriptMedium,
  type CopyState,
} from './HowToSayIt';
export { normalizeScript, findPlaceholders, fillPlaceholders, buildMailto } from './scriptText';
