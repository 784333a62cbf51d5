/** Server-only: the SQLite store and the HTTP API both example hosts serve. */
export { openStore, dataDir, type Store } from './store';
export { listComments, postComment, postNewsletter, routeApi } from './api';
export { toRequest, send } from './node';
