/**
 * Put JSON inside an HTML `<script>` element safely. Escaping every `<` keeps
 * scraped text such as `</script><img onerror=…>` from ending the element;
 * U+2028 and U+2029 are escaped so the blob also stays valid as a JS literal.
 * JSON.parse reads the `\u003c` escapes back as `<`.
 *
 * @example embedJson({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/**
 * Escape text for an HTML text node or a quoted attribute; used only for the
 * few strings the template writes itself (the page title).
 *
 * @example escapeHtml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
