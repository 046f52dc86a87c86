/**
 * Markers of code that leaks into scraped text when a scraper keeps the
 * contents of `<script>` and `<style>` elements or of inline JSON-LD: the
 * statement openers of JavaScript, the at-rules of CSS, the names of the
 * analytics and ad snippets every news page carries, and the tags whose
 * contents are code.
 *
 * Provenance: the snippets that Google Tag Manager, gtag.js, Google Publisher
 * Tags, Facebook Pixel, Chartbeat, comScore and WordPress themes print into
 * pages, the CSS at-rules of the CSS specifications, and schema.org JSON-LD;
 * written from their public documentation, not copied from any page.
 */

/**
 * Openers of a JavaScript statement at the start of a line, case-sensitive
 * (prose starts sentences with capitals; "Let me" is not `let x`).
 */
export const JS_OPENERS: readonly string[] = [
  'var ', 'let ', 'const ', 'function ', 'function(', '(function', '!function', ';(function', 'async function',
  'window.', 'document.', 'jQuery(', 'jQuery.', '$(', '$.', 'googletag.', 'gtag(', 'fbq(', 'ga(', '_gaq.', '_qevents.',
  'dataLayer.', 'dataLayer =', '__tcfapi(', 'pbjs.', 'apstag.', 'try {', 'try{', '} catch', '}catch', '} else', '}else',
  '"use strict"', "'use strict'", 'typeof ', 'this.', 'module.exports', 'require(', 'addEventListener(',
];

/** Openers that prose can also start with in lower case (a line broken mid-sentence): they need a statement's shape. */
export const WEAK_JS_OPENERS: readonly string[] = ['if (', 'if(', 'for (', 'for(', 'return ', 'new ', 'import ', 'export ', 'else ', 'while ('];

/** Pieces that only code holds, wherever they stand in the line. */
export const JS_MARKERS: readonly string[] = [
  'function(', 'function (', '=>', '){', ') {', '};', '});', '.push(', 'getElementById(', 'querySelector(',
  'addEventListener(', 'createElement(', '.src=', '.src =', 'async=', '.async', '===', '!==', '||', '&&', '.prototype.',
  'window.', 'document.', 'console.log(', 'JSON.parse(', 'new Date(',
];

/** CSS at-rules that open a line of leaked style. */
export const CSS_AT_RULES: readonly string[] = [
  '@media', '@font-face', '@import', '@keyframes', '@-webkit-keyframes', '@charset', '@supports', '@page', '@layer',
  '@container', '@namespace',
];

/** Tags whose remnants leak with the code they held, and markup that only wraps code. */
export const CODE_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'iframe', 'div', 'span', 'img', 'link', 'meta', 'a', 'p', 'ins', 'svg', 'path',
  'input', 'button', 'form', 'amp-ad', 'amp-img', 'figure', 'source', 'video', 'object', 'embed', 'param', 'br', 'hr',
];

/** Keys that mark a JSON object as JSON-LD or as a tracking configuration. */
export const JSON_LD_KEYS: readonly string[] = ['"@context"', '"@type"', '"@graph"', '"@id"'];
