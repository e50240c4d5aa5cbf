// Static files only: every page is prerendered and reads its scenario from the URL in the browser.
export const prerender = true;
export const trailingSlash = 'never';
