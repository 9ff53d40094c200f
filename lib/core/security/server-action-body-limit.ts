/**
 * Next's body limit for server actions, set in next.config.js (`experimental.serverActions.
 * bodySizeLimit`, a unit test keeps the two equal). The largest valid action input is a deck
 * import of 500,000 characters: up to 3 bytes each in UTF-8, plus JSON escaping.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
