export { createHandlers } from './handlers.js';
export type { MockApiOptions } from './handlers.js';
export { MOCK_API_VERSION } from './version.js';
