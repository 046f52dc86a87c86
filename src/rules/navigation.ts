/**
 * Breadcrumb and section-navigation vocabulary. Seed 003 opens with "All
 * news", a link back to the section list; other sites print a trail such as
 * "Home » World » Europe". Lower case.
 */

/** Words that qualify a section link ("All news", "Latest stories", "Back to news"). */
export const NAV_QUALIFIERS: ReadonlySet<string> = new Set([
  'all', 'latest', 'top', 'more', 'back', 'to', 'breaking', 'main', 'home', 'front', 'page', 'the', 'today', "today's",
  'local', 'national', 'international', 'our', 'other', 'recent', 'popular', 'most', 'read', 'in', 'and', '&',
]);

/** Section names newsrooms use as navigation labels. */
export const SECTION_NAMES: ReadonlySet<string> = new Set([
  'news', 'stories', 'articles', 'headlines', 'world', 'politics', 'business', 'economy', 'markets', 'finance', 'tech',
  'technology', 'science', 'health', 'sport', 'sports', 'opinion', 'opinions', 'analysis', 'features', 'culture',
  'entertainment', 'lifestyle', 'life', 'travel', 'video', 'videos', 'photos', 'gallery', 'podcasts', 'europe', 'asia',
  'africa', 'americas', 'us', 'uk', 'middle', 'east', 'russia', 'china', 'region', 'regions', 'society', 'military',
  'defense', 'defence', 'diplomacy', 'environment', 'climate', 'education', 'home', 'homepage', 'blog', 'blogs',
  'columns', 'editorial', 'editorials', 'press', 'releases', 'topics', 'sections', 'archive', 'trending', 'nation',
]);

/** Characters that separate the steps of a breadcrumb trail. */
export const TRAIL_SEPARATORS = ['»', '›', '>', '/', '|', '→', '·', '•', '::'] as const;
