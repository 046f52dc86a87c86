/**
 * Words that open English sentences and rarely continue a name.
 *
 * After an abbreviation or initialism that *may* end a sentence (`U.S.`,
 * `Co.`, `E.`), a capital letter alone says little: `the U.S. Government`,
 * `Jonas E. Smith`. A closed-class word (pronoun, determiner, auxiliary,
 * conjunction, preposition) or a sentence adverb after it does say a new
 * sentence begins: `I live in the U.S. How about you?`.
 *
 * Source: the closed word classes of English (Quirk et al., *A Comprehensive
 * Grammar of the English Language*, ch. 2), plus the sentence adverbs most
 * frequent at sentence start in wire copy. Left out on purpose because they
 * are also common names or name parts: Will, May, Mark, Rich, Long, New,
 * First, General, Grand.
 */
export const sentenceOpeners = [
  // personal, possessive and demonstrative pronouns
  'I', 'You', 'He', 'She', 'It', 'We', 'They', 'My', 'Your', 'His', 'Her', 'Its', 'Our', 'Their',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'Someone', 'Nobody', 'Everyone',
  // interrogatives and relatives
  'What', 'When', 'Where', 'Why', 'How', 'Who', 'Whom', 'Whose', 'Which', 'Whether',
  // articles, determiners, quantifiers
  'The', 'A', 'An', 'Some', 'Many', 'Most', 'Much', 'Several', 'Each', 'Every', 'All', 'Both',
  'Any', 'Another', 'Such', 'Few', 'No', 'None', 'Neither', 'Either', 'Other', 'Others',
  // auxiliaries and modals
  'Is', 'Are', 'Was', 'Were', 'Be', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Can', 'Could',
  'Should', 'Would', 'Shall', 'Might', 'Must',
  // conjunctions
  'And', 'But', 'Or', 'So', 'Yet', 'Nor', 'If', 'Unless', 'Although', 'Though', 'While',
  'Because', 'Since', 'As', 'Once', 'Whereas',
  // prepositions
  'In', 'On', 'At', 'By', 'For', 'With', 'Without', 'From', 'To', 'Of', 'Into', 'Under', 'Over',
  'After', 'Before', 'During', 'Despite', 'Among', 'Amid', 'Between', 'Against', 'About',
  'Through', 'Throughout', 'Following', 'According', 'Like', 'Unlike', 'Until',
  // sentence adverbs
  'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Still', 'Also', 'Then', 'Thus',
  'Therefore', 'Instead', 'Nevertheless', 'Nonetheless', 'Otherwise', 'Hence', 'Indeed',
  'Now', 'Later', 'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Never', 'Not',
  'Even', 'Only', 'Just', 'Perhaps', 'Maybe', 'Finally', 'Currently', 'Previously',
  'Recently', 'Overall', 'Additionally', 'Similarly', 'Consequently', 'Accordingly',
  'Likewise', 'Separately', 'Asked', 'Yes',
] as const;
