/** `--verify`: liveness checks of found credentials against the PagerDuty REST API. */
export { verifyFindings, requestHeaders, ACCEPT, USER_AGENT, MAX_BODY_BYTES } from './verify.js';
export { DEFAULTS, parseBaseUrl, type VerifyOptions } from './options.js';
