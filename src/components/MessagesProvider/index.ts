export { MessagesProvider, type MessagesProviderProps } from './MessagesProvider';
export type {
  CareerkitMessages,
  CareerkitMessageTypes,
  CareerkitComponentName,
  CompleteCareerkitMessages,
  CompleteMessages,
} from './types';
