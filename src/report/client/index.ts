/**
 * The page script, assembled from its parts in dependency order and wrapped
 * so nothing leaks into the page's global scope. It reads the data blob from
 * `#report-data`; parts refer to each other's functions by name.
 */
import { CLIENT_DOM } from './dom.js';
import { CLIENT_DOCUMENT } from './document.js';
import { CLIENT_SUMMARY } from './summary.js';
import { CLIENT_APP } from './app.js';

/**
 * The whole script, ready for an inline `<script>` element.
 *
 * @example `<script>${CLIENT_SCRIPT}</script>`
 */
export const CLIENT_SCRIPT = [
  '(function () {',
  "'use strict';",
  "if (performance.mark) performance.mark('report-start');",
  "const data = JSON.parse(document.getElementById('report-data').textContent);",
  CLIENT_DOM,
  CLIENT_DOCUMENT,
  CLIENT_SUMMARY,
  CLIENT_APP,
  '})();',
].join('\n');
