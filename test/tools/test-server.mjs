/**
 * Where the tests serve the built site. The test builds use it as their SITE_URL too, so language
 * alternates are absolute (as search engines and Lighthouse expect) yet still point at this server.
 */
export const testPort = 4327;
export const testOrigin = `http://127.0.0.1:${testPort}`;
