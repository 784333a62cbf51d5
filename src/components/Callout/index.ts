export {
  Callout,
  calloutTones,
  calloutTitleLevels,
  calloutMessages,
  type CalloutProps,
  type CalloutTone,
  type CalloutTitleLevel,
  type CalloutMessages,
} from './Callout';
