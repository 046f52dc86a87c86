// Add a detector of your own, and turn a built-in rule off.
//
//   npm run build && node examples/custom-detector.mjs
//
// A detector is an object with an id, the rule ids it can report, and a pure
// detect() that returns findings: what to remove, where, and why. It never
// edits the text; decruft applies every finding in one step and records it.
import { cleanText } from 'decruft';

/** Wire-service credit lines such as "(Reporting by Jane Doe; Editing by Sam Roe)". */
const CREDIT_LINE = /^\((?:Reporting|Writing|Additional reporting) by [^()]{1,200}\)$/;

const creditLines = {
  id: 'credit-lines',
  rules: ['reporting-credit'],
  detect({ lines }) {
    const findings = [];
    for (const line of lines) {
      const text = line.text.trim();
      if (!CREDIT_LINE.test(text)) continue;
      const start = line.start + line.text.indexOf(text);
      findings.push({
        kind: 'credits',
        rule: 'reporting-credit',
        start,
        end: start + text.length,
        text,
        reason: 'Unexpected wire-service credit line, remove it',
      });
    }
    return findings;
  },
};

const story = [
  'Lavrov: Moscow is still open for dialogue',
  '',
  'MOSCOW, October 6. /TASS/. Russia remains open to dialogue with the United States on Syria, the foreign minister said on Thursday.',
  '',
  'He added that contacts between the two capitals go on constantly.',
  '',
  '(Reporting by Jane Doe; Editing by Sam Roe)',
].join('\n');

// 1. The built-in pipeline keeps the credit line as a paragraph.
console.log('default:      ', cleanText(story).blocks.map((b) => b.text).at(-1));

// 2. With the custom detector, it is removed and recorded like any other debris.
const withCredits = cleanText(story, { detectors: [creditLines] });
console.log('with detector:', withCredits.removed.filter((r) => r.kind === 'credits'));

// 3. Turning a rule off by id: without 'dateline', "MOSCOW, October 6. /TASS/." stays in the body.
const noDateline = cleanText(story, { detectors: [creditLines], disable: ['dateline'] });
console.log('dateline on:  ', withCredits.dateline);
console.log('dateline off: ', noDateline.dateline, '→', noDateline.blocks[0].text.slice(0, 40));
