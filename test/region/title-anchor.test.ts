import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/ingest/lines.js';
import { lineFeatures } from '../../src/region/line-features.js';
import { findTitleAnchor } from '../../src/region/title-anchor.js';

const anchorOf = (lines: string[]) => {
  const text = lines.join('\n');
  return findTitleAnchor(lineFeatures(text, splitLines(text)).features, 0);
};

describe('findTitleAnchor', () => {
  it('finds the headline repeated under the page head, in any case and with a kicker', () => {
    expect(anchorOf(['Republicans Are Following Trump to Nowhere - Example Times', 'Home', 'World', 'REPUBLICANS ARE FOLLOWING TRUMP TO NOWHERE'])).toBe(3);
    expect(anchorOf(['Republicans Are Following Trump to Nowhere - Example Times', 'Home', 'Opinion|Republicans Are Following Trump to Nowhere'])).toBe(2);
    expect(anchorOf(['Republicans Are Following Trump to Nowhere - Example Times', 'Republicans Are Following Trump', 'Other news'])).toBe(1);
  });

  it('compares the ends of lines beyond ASCII in full', () => {
    expect(anchorOf(['Über die Brücke gehen wir heute | Zeitung', 'Menü', 'ÜBER DIE BRÜCKE GEHEN WIR HEUTE'])).toBe(2);
    expect(anchorOf(['Σήμερα στην Αθήνα ΣΊΣΥΦΟΣ - Site', 'Menu', 'σήμερα στην αθήνα σίσυφος'])).toBe(2);
    expect(anchorOf(['The \u212aelvin scale explained for all - Site', 'Menu', 'the kelvin scale explained for all'])).toBe(2);
  });

  it('passes over lines that only look alike at one end', () => {
    expect(anchorOf(['Republicans Are Following Trump to Nowhere - Example Times', 'Republicans Are Leading Trump Somewhere Else', 'Nowhere to go at all for the Republicans'])).toBe(-1);
  });
});
