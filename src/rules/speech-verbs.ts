/**
 * Verbs of saying that close a quotation's attribution:
 * `"Why now?" Lavrov asked.` / `"It is over." Bogdanov told TASS.`
 * After a closing quote, `Name + one of these` continues the quoted sentence
 * instead of opening a new one. Source: the reporting verbs of AP and TASS
 * copy in the project's seed articles and the "said" entry of the AP
 * Stylebook. Lower-case; matched against the lower-cased word.
 */
export const speechVerbs = [
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'stressed', 'stresses',
  'noted', 'notes', 'wrote', 'writes', 'replied', 'replies', 'explained', 'explains',
  'insisted', 'insists', 'continued', 'continues', 'declared', 'declares', 'warned', 'warns',
  'argued', 'argues', 'recalled', 'recalls', 'suggested', 'admitted', 'concluded',
  'emphasized', 'emphasised', 'answered', 'exclaimed', 'shouted', 'remarked', 'announced',
  'quipped', 'acknowledged', 'commented', 'observed', 'claimed', 'claims', 'stated', 'states',
  'tweeted', 'posted', 'responded', 'confirmed', 'pointed', 'underlined', 'underscored',
] as const;
