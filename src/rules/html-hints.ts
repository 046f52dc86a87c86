/**
 * Class and id hints: words that CMSs put in `class` and `id` attributes to
 * name what a region is. An attribute is split into words at any character
 * that is not a letter or digit and at camelCase humps ("socialShareBar" →
 * social, share, bar), then each word is looked up here.
 *
 * Two ways to match, to keep short words from over-matching:
 * - `words`: the whole word must be equal ("ad" matches `ad-slot`, never `header`);
 * - `stems`: the word must start with the stem ("comment" matches `comments`,
 *   `commentlist`), so only stems of five letters or more are listed.
 *
 * Provenance: pages of the article-extraction benchmark (bench/data) unless
 * said otherwise; each group names one page that needed it.
 */

/** A hint group: the region kind it names and the words that name it. */
export interface HintGroup {
  readonly kind: string;
  readonly rule: string;
  readonly words: readonly string[];
  readonly stems: readonly string[];
}

/**
 * Words that say "this is the article". They raise a container's score; they
 * never keep a region that a negative group names (`article-share` is a share bar).
 * wsj.com (`article-content`), theguardian.com (`content__article-body`),
 * wordpress blogs (`entry-content`, `post-body`), itemprop-less news CMSs (`story-body`).
 */
export const POSITIVE_HINTS = {
  words: ['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'blog', 'page', 'prose', 'richtext'],
  stems: ['article', 'content', 'story'],
} as const;

/** Negative groups, most specific first: the first group that matches names the kind. */
export const NEGATIVE_HINTS: readonly HintGroup[] = [
  // Share and follow bars: "Share on Facebook", "Tweet", "Email" rows above and below stories
  // (usatoday.com `gnt_ss`, businessinsider.com `share-bar`).
  {
    kind: 'share', rule: 'html-hint-share',
    words: ['share', 'sharing', 'shares', 'social', 'sociallinks', 'addthis', 'sharethis', 'tools', 'toolbar', 'print', 'follow'],
    stems: ['share', 'sharing', 'social', 'addthis'],
  },
  // Comment threads and their counters (wordpress `comments-area`, disqus `disqus_thread`).
  {
    kind: 'comments', rule: 'html-hint-comment',
    words: ['comment', 'comments', 'disqus', 'discussion', 'respond', 'replies', 'reply'],
    stems: ['comment', 'disqus'],
  },
  // Lists of other stories: "Related", "More from", "Most read", "Recommended", "Trending".
  {
    kind: 'related', rule: 'html-hint-related',
    words: ['related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'popular', 'outbrain', 'taboola', 'readmore', 'upnext', 'next', 'also', 'headlines', 'teaser', 'teasers', 'excerpt', 'excerpts',
      // Joined neighbours ("more-news" → morenews): "more" alone names "read more" toggles on the story itself.
      'mostread', 'mostpopular', 'morenews', 'morestories', 'moreposts', 'morearticles', 'morefrom', 'morein', 'morelike', 'readnext', 'youmay', 'alsoread'],
    stems: ['related', 'recommend', 'recirc', 'trending', 'popular', 'outbrain', 'taboola', 'teaser'],
  },
  // Advertising slots and their "Advertisement" labels (dfp/gpt slot ids on most news sites).
  {
    kind: 'advertisement', rule: 'html-hint-advertisement',
    words: ['ad', 'ads', 'adv', 'advert', 'adslot', 'adunit', 'advertisement', 'advertising', 'dfp', 'gpt', 'sponsor', 'sponsored', 'banner', 'commercial', 'doubleclick'],
    stems: ['advert', 'sponsor', 'adslot', 'adunit', 'adcontainer', 'adwrapper', 'doubleclick'],
  },
  // Photo captions and galleries outside <figure>: chron.com and timesunion.com galleries
  // (`caption-truncated`, `hst-resgallery-container`), cnbc.com `InlineImage-imageEmbedCaption`.
  {
    kind: 'caption', rule: 'html-hint-caption',
    words: ['caption', 'captions', 'figcaption', 'gallery', 'slideshow', 'carousel', 'lightbox'],
    stems: ['caption', 'gallery', 'slideshow', 'carousel', 'lightbox'],
  },
  // Newsletter and subscription prompts, paywall teasers, app plugs.
  {
    kind: 'promo', rule: 'html-hint-promo',
    // Not "paywall": barrons.com wraps the story itself in `<div class="paywall">`.
    words: ['promo', 'promotion', 'newsletter', 'subscribe', 'subscription', 'signup', 'optin', 'cta', 'membership', 'donate', 'marketing'],
    stems: ['promo', 'newsletter', 'subscri', 'signup', 'donat'],
  },
  // Site navigation: menus, breadcrumbs, pagination, skip links.
  {
    kind: 'navigation', rule: 'html-hint-nav',
    // Not "tag" or "category": WordPress puts `tag-…` and `category-…` on the article itself.
    words: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'crumbs', 'pagination', 'pager', 'skip', 'tags'],
    stems: ['navigation', 'navbar', 'breadcrumb', 'pagination'],
  },
  // Bylines and datelines of the story head, which the gold body never holds.
  {
    kind: 'byline', rule: 'html-hint-byline',
    words: ['byline', 'author', 'authors', 'contributor', 'bio', 'dateline', 'timestamp', 'date', 'published', 'updated', 'meta', 'credit', 'credits'],
    stems: ['byline', 'author', 'timestamp', 'contributor'],
  },
  // Page furniture around the story: sidebars, rails, widgets, footers, masthead, modals, cookie bars.
  {
    kind: 'aside', rule: 'html-hint-aside',
    words: ['sidebar', 'aside', 'rail', 'widget', 'widgets', 'complementary'],
    stems: ['sidebar', 'widget'],
  },
  {
    kind: 'footer', rule: 'html-hint-footer',
    words: ['footer', 'foot', 'copyright', 'colophon'],
    stems: ['footer', 'copyright'],
  },
  {
    kind: 'header', rule: 'html-hint-header',
    words: ['header', 'masthead', 'topbar', 'banner'],
    stems: ['masthead'],
  },
  {
    kind: 'boilerplate', rule: 'html-hint-boilerplate',
    words: ['cookie', 'cookies', 'consent', 'gdpr', 'modal', 'popup', 'overlay', 'disclaimer', 'hidden', 'login', 'signin', 'alert', 'notice'],
    stems: ['cookie', 'consent', 'popup'],
  },
];

/**
 * Whole class names that hide an element from sight. Matched as complete
 * names only: Bootstrap's `hidden-xs` hides on phones alone and must stay.
 * Screen-reader-only text ("Advertisement", "Opens in a new window") is here.
 */
export const HIDDEN_CLASS_NAMES = [
  'hidden', 'hide', 'is-hidden', 'u-hidden', 'invisible', 'sr-only', 'visually-hidden',
  'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'offscreen', 'a11y-hidden',
] as const;
