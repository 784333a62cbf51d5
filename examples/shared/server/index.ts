/** Server-only: the SQLite store and the HTTP API both example hosts serve. */
export { openStore, dataDir, type Store, type NewSubscriber, type SubscriberStatus } from './store';
export { listComments, postComment, postNewsletter, routeApi, parseComment, normalizeAddress, limits } from './api';
export { DEMO_READER } from '../reader';
export { toRequest, send } from './node';
