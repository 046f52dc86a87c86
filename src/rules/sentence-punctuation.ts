/**
 * The punctuation the sentence segmenter reasons about, as characters.
 * Source: Unicode general categories Pe/Pf (closers) and Ps/Pi (openers),
 * narrowed to the marks seen in English news copy; bullets from the
 * Unicode "General Punctuation" and "Geometric Shapes" blocks.
 */

/** Marks that can end a sentence. `…` counts as three full stops. */
export const terminalMarks = ['.', '!', '?', '…', '‽'] as const;

/** Closing quotes and brackets that stay with the sentence they close: `great."`, `engineer.)`. */
export const closingMarks = ['"', "'", '”', '’', '»', '›', ')', ']', '}'] as const;

/** Opening quotes and brackets that may precede a sentence's first word: `“We …`, `(Russian) …`. */
export const openingMarks = ['"', "'", '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡'] as const;

/** Symbols a sentence may open with besides words: currency, number and at signs. */
export const openingSymbols = ['$', '€', '£', '¥', '₽', '#', '@', '&'] as const;

/** Brackets inside which a sentence does not end when they open mid-sentence. */
export const bracketPairs = { '(': ')', '[': ']' } as const;

/** Brackets around an ellipsis that marks an elision: `<…>`, `[...]`, `(…)`. */
export const elisionBrackets = { '<': '>', '[': ']', '(': ')' } as const;

/** Bullets that mark list items, also when a list is run into one line: `• 9. The first item • 10. …`. */
export const listBullets = ['•', '‣', '⁃', '◦', '▪', '▫', '●', '○', '■', '□', '◆', '►', '▸', '✓', '✔'] as const;
