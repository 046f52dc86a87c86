/**
 * Element vocabularies for HTML input: which elements never reach the text
 * rendering, which ones end a line, and which ones name a page region by
 * themselves. Tag names are lower case, as htmlparser2 reports them.
 */

/**
 * Elements whose content is never page text. Forms are handled apart (see
 * `FORM_TAGS`) because some CMSs wrap the whole page in one `<form>`.
 */
export const DROPPED_TAGS = [
  // Code and styling, never shown.
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'base',
  // Graphics whose text is labels and glyph names, not prose.
  'svg', 'math', 'canvas', 'map',
  // Embedded documents and media fallbacks ("Your browser does not support video").
  'iframe', 'object', 'embed', 'video', 'audio', 'source', 'track', 'picture',
  // Form controls: labels of buttons and options, not article text.
  'button', 'select', 'option', 'optgroup', 'textarea', 'input', 'datalist', 'output',
  // Document head.
  'head', 'title',
] as const;

/** Form wrappers: dropped unless they hold the article (ASP.NET wraps whole pages in one). */
export const FORM_TAGS = ['form', 'fieldset'] as const;

/**
 * Elements that start and end a line of the rendering, so the words on
 * either side never glue ("ready" + "Create" must not become "readyCreate").
 * `td`/`th` are here too: a table row read as one line runs cells together.
 */
export const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'img', 'br',
] as const;

/** Heading elements: rendered on a line of their own and reported as headings. */
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * Elements that carry prose by themselves; their text is what scores the
 * container they sit in (the paragraph-to-ancestor propagation).
 */
export const PARAGRAPH_TAGS = ['p', 'pre', 'blockquote', 'td', 'dd', 'li'] as const;

/**
 * Sectioning elements that say what page region they are. `header` and
 * `footer` inside an `<article>` are the article's own byline and tag rows,
 * which are still not body text.
 */
export const REGION_TAGS = {
  nav: 'navigation',
  footer: 'footer',
  header: 'header',
  aside: 'aside',
  menu: 'navigation',
  dialog: 'boilerplate',
} as const;
