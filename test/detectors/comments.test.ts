import { describe, expect, it } from 'vitest';
import { cleanText, detectCommentAuthors, isCommentHeader } from '../../src/index.js';

const ARTICLE = [
  'Chargers coach says team needed the win - Sports Site',
  '',
  'Chargers coach Anthony Lynn recognizes that his team’s playoff hopes are somewhere between slim and none after Monday night’s loss to the Chiefs in Mexico City.',
  '',
  'Lynn said after the game that the Chargers saw winning Monday night as the most important step toward getting back into the playoff race, and they did not get it done.',
  '',
  '“We talked all along about everything we wanted was still in front of us,” Lynn said. “Yes, we needed to win this game, and we did not do enough to win it.”',
  '',
  '34 responses to “Chargers coach says team needed the win”',
  'thelastchargersfan says:',
  'It’s a good thing we have no fans left because this is a dumpster fire, and everyone in the stadium knew it by the third quarter.',
  'joetoronto says:',
  'It’s time for both Chargers fans to come to grips with reality, it’s over yet again and it has been over since the bye week.',
].join('\n');

describe('comments', () => {
  it('recognises comment headers', () => {
    expect(isCommentHeader('34 responses to “Anthony Lynn: We needed to win”')).toBe(true);
    expect(isCommentHeader('[ 167 comments ]')).toBe(true);
    expect(isCommentHeader('Leave a Reply')).toBe(true);
    expect(isCommentHeader('Comments are closed in this country, he said.')).toBe(false);
    // WordPress glues the cancel link to the form's header (a Brazilian blog's dump).
    expect(isCommentHeader('Deixe uma resposta Cancelar resposta')).toBe(true);
    expect(isCommentHeader('Leave a Reply Cancel reply')).toBe(true);
    expect(isCommentHeader('Cancel reply')).toBe(false);
  });

  it('recognises headers in any case and whatever they start or end with', () => {
    for (const h of ['LEAVE A REPLY', 'lEAVE a rEPLY', 'Top Rated Comments:', 'Comments (4)', 'KOMMENTARE [12]', '(12 comments)', '  3 replies', '» Comments', '\u212aommentar schreiben']) {
      expect(isCommentHeader(h), h).toBe(h !== '» Comments');
    }
    for (const h of ['Comments (4) here', 'Reader comments (4', '12 comments on the Yankees', 'Zomments']) expect(isCommentHeader(h), h).toBe(h === '12 comments on the Yankees');
  });

  it('finds comment author lines', () => {
    const found = detectCommentAuthors('x\njoetoronto says:');
    expect(found).toEqual([{ kind: 'comments', rule: 'comment-author', start: 2, end: 18, text: 'joetoronto says:', reason: 'Unexpected comment author line, remove it' }]);
    expect(detectCommentAuthors('He says: the plan is working and will go on.')).toEqual([]);
  });

  it('cuts the comment thread under the article, not the article', () => {
    const doc = cleanText(ARTICLE);
    expect(doc.text).toContain('Yes, we needed to win this game');
    expect(doc.text).not.toContain('dumpster fire');
    expect(doc.removed.some((r) => r.kind === 'comments' && r.rule === 'comment-section')).toBe(true);
  });

  it('does not let a comment count beside the byline swallow the article', () => {
    const doc = cleanText(ARTICLE.replace('Sports Site\n', 'Sports Site\n\n12 Comments\n'));
    expect(doc.text).toContain('Chargers coach Anthony Lynn recognizes');
    expect(doc.text).toContain('Yes, we needed to win this game');
  });
});
