/**
 * Capitalised labels that open a story line the way a dateline's place does
 * ("UPDATE — …", "EXCLUSIVE: …") but name no place. Lower case.
 */
export const KICKER_WORDS = [
  'update', 'updated', 'breaking', 'breaking news', 'exclusive', 'watch', 'live', 'video', 'photos', 'opinion',
  'analysis', 'editorial', 'correction', 'clarification', 'note', 'editor’s note', "editor's note", 'ap', 'faq',
  'q', 'a', 'ok', 'nb', 'ps', 'tl', 'dr', 'tldr', 'fyi', 'urgent', 'alert', 'flash', 'developing', 'just in',
] as const;
