/**
 * The page skeleton around the data blob. The page is one file that loads
 * nothing: a Content-Security-Policy allows only its own inline script (by
 * hash) and inline styles, so even a bug that let document text become markup
 * could not fetch or run anything.
 */
import { createHash } from 'node:crypto';
import { REPORT_CSS } from './style.js';
import { CLIENT_SCRIPT } from './client/index.js';
import { escapeHtml } from './embed.js';

const SCRIPT_HASH = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
const POLICY = `default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'; style-src 'unsafe-inline'; img-src data:`;

/**
 * Wrap an embedded data blob (already escaped by `embedJson`) into the page.
 *
 * @example pageHtml('decruft report', embedJson(data)) // '<!doctype html>…'
 */
export function pageHtml(title: string, json: string): string {
  const safeTitle = escapeHtml(title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="generator" content="decruft">
<title>${safeTitle}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="bar">
<h1>${safeTitle}</h1>
<input type="search" id="q" placeholder="Search documents  ( / )" aria-label="Search documents">
<select id="rule" aria-label="Filter by rule"></select>
<div id="kinds" role="group" aria-label="Filter by kind"></div>
<button type="button" id="clear" class="chip">Clear filters</button>
<span id="count"></span>
<span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>/</kbd> search · <kbd>Esc</kbd> clear · hover a highlight for its rule</span>
</header>
<div class="layout">
<nav id="list" aria-label="Documents"></nav>
<main>
<noscript><p>This report draws its documents with JavaScript; please enable it for this file.</p></noscript>
<section id="summary" aria-label="Summary"></section>
<div id="docs"></div>
</main>
</div>
<script type="application/json" id="report-data">${json}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
