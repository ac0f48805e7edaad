// A static single-page app: every route is prerendered as a shell and runs in the browser.
export const prerender = true;
export const ssr = true;
export const trailingSlash = 'always';
