/**
 * Colours per removal kind. Kinds are open-ended (custom detectors add their
 * own), so a kind's colour comes from a hash of its name rather than a table
 * of known kinds: the same kind gets the same colour in every report unless
 * two kinds of one report hash to the same slot, in which case the later one
 * (by name) takes the next free slot.
 */

/**
 * Light backgrounds that keep dark text readable: hues about a twelfth of the
 * colour wheel apart, plus tan and grey, so neighbouring kinds stay apart.
 */
export const KIND_PALETTE = [
  '#f28482', '#f4a261', '#ffd166', '#e9f07a', '#b5e48c', '#7bdcb5', '#6fd3d3',
  '#8ecae6', '#9bb7ff', '#c3a6e8', '#eab8f5', '#ff99c8', '#d4a373', '#cfcfd8',
] as const;

/**
 * FNV-1a over UTF-16 code units: small, stable across runs and platforms.
 *
 * @example hashName('icon-run') // a 32-bit unsigned integer
 */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A colour for each kind: its hashed palette slot, the next free slot on a
 * collision, and a hashed hue once the palette is used up.
 *
 * @example colourKinds(['title', 'icon-run']).get('title') // '#…' from KIND_PALETTE
 */
export function colourKinds(kinds: Iterable<string>): Map<string, string> {
  const colours = new Map<string, string>();
  const taken = new Set<number>();
  const n = KIND_PALETTE.length;
  for (const kind of [...new Set(kinds)].sort()) {
    const h = hashName(kind);
    let slot = -1;
    for (let step = 0; step < n && slot < 0; step++) {
      const candidate = (h + step) % n;
      if (!taken.has(candidate)) slot = candidate;
    }
    if (slot >= 0) {
      taken.add(slot);
      colours.set(kind, KIND_PALETTE[slot]!);
    } else {
      colours.set(kind, `hsl(${h % 360} 70% 80%)`);
    }
  }
  return colours;
}
