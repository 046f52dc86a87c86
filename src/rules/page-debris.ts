/**
 * Whole lines that web pages print around (and inside) an article: share
 * bars, advertising labels, consent banners, newsletter prompts, section
 * headers of related-story lists, comment-form furniture, footer links. Each
 * group is one concept with its removal kind and rule id. Labels are lower
 * case with single spaces and are matched against the whole line after
 * trailing punctuation, counters ("Comments (12)") and bullets are dropped.
 *
 * Provenance: the text dumps of the public article-extraction benchmark
 * (news and blog pages from 2018–2019: US and UK papers, tech blogs,
 * Brazilian, Russian, Indonesian and Korean sites) and the seed documents;
 * the labels are the generic UI strings of common CMS themes (WordPress,
 * Arc, Gannett, Hearst, Jetpack share bars), never a page's own words.
 */

export interface DebrisGroup {
  kind: string;
  rule: string;
  reason: string;
  labels: readonly string[];
}

/** Social networks and share actions; a line made only of these is a share bar. */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share', 'shares', 'shared', 'sharing', 'tweet', 'retweet', 'email', 'e-mail', 'mail', 'print', 'pin', 'pin it',
  'save', 'copy', 'link', 'copy link', 'facebook', 'twitter', 'x', 'linkedin', 'pinterest', 'pint', 'reddit',
  'whatsapp', 'telegram', 'messenger', 'tumblr', 'flipboard', 'pocket', 'instagram', 'youtube', 'snapchat', 'tiktok',
  'vk', 'vkontakte', 'ok', 'odnoklassniki', 'line', 'viber', 'wechat', 'weibo', 'mix', 'digg', 'sms', 'rss',
  'google', 'google+', 'gplus', 'on', 'this', 'article', 'story', 'via', 'compartilhar', 'compartir', 'partager',
  'teilen', 'condividi', 'bagikan', 'поделиться', 'baixar', 'comments', 'comment', 'fb', 'tw', 'in', 'the', 'to',
  'opens', 'new', 'window', 'click', 'friend', 'a', 'follow', 'us',
]);

/** Share words that prove a line is a share bar (the rest are only allowed in one). */
export const SHARE_ANCHORS: ReadonlySet<string> = new Set([
  'share', 'tweet', 'facebook', 'twitter', 'linkedin', 'pinterest', 'pint', 'reddit', 'whatsapp', 'telegram',
  'messenger', 'tumblr', 'flipboard', 'instagram', 'youtube', 'vk', 'compartilhar', 'compartir', 'partager', 'teilen',
  'condividi', 'bagikan', 'поделиться', 'email', 'print',
]);

export const DEBRIS_GROUPS: readonly DebrisGroup[] = [
  {
    kind: 'advertisement',
    rule: 'ad-label',
    reason: 'Unexpected advertising label, remove it',
    labels: [
      'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored links',
      'promoted', 'promoted content', 'paid content', 'paid post', 'partner content', 'from our partners',
      'continue reading the main story', 'story continues below', 'story continues below advertisement',
      'article continues below', 'article continues below advertisement', 'continue reading below',
      'advertisement - continue reading below', 'advertisement continue reading below', 'scroll to continue with content',
      'click to skip ad', 'skip ad', 'close ad', 'ad feedback', 'report this ad', 'supported by', 'publicidade',
      'publicidad', 'anzeige', 'werbung', 'pubblicità', 'publicité', 'реклама', 'iklan',
    ],
  },
  {
    kind: 'cookie-notice',
    rule: 'consent-label',
    reason: 'Unexpected cookie or consent banner, remove it',
    labels: [
      'privacy overview', 'non-necessary', 'accept', 'accept all',
      'accept cookies', 'accept all cookies', 'reject all', 'decline', 'i agree', 'i accept', 'agree', 'got it',
      'allow cookies', 'cookie settings', 'manage cookies', 'manage preferences', 'cookie preferences',
      'we value your privacy', 'your privacy', 'privacy preferences', 'save & accept', 'save and accept',
    ],
  },
  {
    kind: 'newsletter',
    rule: 'newsletter-label',
    reason: 'Unexpected newsletter or subscription prompt, remove it',
    labels: [
      'subscribe', 'subscribe now', 'subscribe today', 'newsletter', 'newsletters', 'sign up', 'sign up now',
      'sign up for our newsletter', 'sign up for e-mail newsletters', 'sign up for email newsletters',
      'subscribe to our newsletter', 'get our newsletter', 'join our newsletter', 'email address', 'your email address',
      'enter your email', 'enter your email address', 'thank you for subscribing', 'thanks for signing up',
      'you have successfully subscribed', 'unsubscribe', 'become a member', 'become a subscriber', 'subscribe for full access',
      'to read the full story', 'already a subscriber', 'already a subscriber? log in', 'assine', 'suscríbete',
      'abonnieren', "s'abonner", 'iscriviti', 'подписаться', 'berlangganan',
    ],
  },
  {
    kind: 'related',
    rule: 'related-header',
    reason: 'Unexpected header of a related-stories list, remove it',
    labels: [
      'related', 'related articles', 'related stories', 'related posts', 'related content', 'related coverage',
      'related links', 'related news', 'related topics', 'related videos', 'more stories', 'more news', 'more articles',
      'more to explore', 'explore further', 'you may also like', 'you might also like', 'you may like', 'you might be interested in',
      'recommended', 'recommended for you', 'recommended stories', 'recommended articles', 'most popular', 'most read',
      'most viewed', 'most shared', 'popular posts', 'popular stories', 'trending', 'trending now',
      'trending stories', 'top stories', 'latest news', 'latest stories', 'latest articles', 'editor’s picks',
      "editor's picks", 'editors picks', "editors' picks", 'editors’ picks', 'featured video', 'featured videos', 'in case you missed it', 'what to read next', 'up next', 'next up',
      'previous post', 'next post', 'previous article', 'next article', 'previous story', 'next story', 'more from',
      'around the web', 'from the web', "don't miss", 'don’t miss', 'dont miss', 'featured stories',
      'more like this', 'read more stories', 'leia também', 'veja também', 'lee también',
      'lire aussi', 'leggi anche', 'lesen sie auch', 'читайте также', 'baca juga', 'artikel terkait', 'mais lidas',
      'artigos relacionados', 'posts relacionados', 'notícias relacionadas', 'matérias relacionadas',
      'artículos relacionados', 'noticias relacionadas', 'articles similaires', 'articles connexes', 'à lire aussi',
      'verwandte artikel', 'ähnliche artikel', 'articoli correlati', 'похожие статьи', 'связанные статьи', 'berita terkait',
      'você pode gostar', 'você também pode gostar', 'você também pode gostar de', 'talvez você goste', 'te puede interesar',
      'también te puede interesar', 'te podría interesar', 'vous aimerez aussi', 'vous aimerez peut-être aussi',
      'das könnte sie auch interessieren', 'ti potrebbe interessare', 'potrebbe interessarti', 'вам может понравиться',
      'вам также может понравиться', 'anda mungkin suka',
    ],
  },
  {
    kind: 'comments',
    rule: 'comment-label',
    reason: 'Unexpected comment-section furniture, remove it',
    labels: [
      'comments', 'comment', 'view comments', 'show comments', 'hide comments', 'load comments', 'post a comment',
      'add a comment', 'leave a comment', 'leave a reply', 'write a comment', 'join the conversation',
      'join the discussion', 'reply', 'report', 'report abuse',
      'comments are closed', 'be the first to comment', 'no comments yet', 'sort by', 'newest', 'oldest',
      'you must be logged in to post a comment', 'save my name, email, and website in this browser for the next time i comment',
      'your email address will not be published', 'required fields are marked', 'cancel reply', 'post comment',
      'submit comment', 'comentários', 'comentarios', 'kommentare', 'commenti', 'commentaires', 'комментарии', 'komentar',
    ],
  },
  {
    kind: 'navigation',
    rule: 'ui-label',
    reason: 'Unexpected navigation or interface label, remove it',
    labels: [
      'skip to content', 'skip to main content', 'skip to navigation', 'skip to site index', 'skip to footer',
      'jump to', 'back to top', 'back to main menu', 'main menu', 'menu', 'open menu', 'close menu', 'toggle navigation',
      'navigation', 'search', 'search for', 'close', 'cancel', 'log in', 'login', 'log out', 'sign in', 'sign out',
      'my account', 'home', 'homepage', 'go to home page', 'sections', 'more', 'less',
      'show more', 'see all', 'view all', 'load more', 'expand', 'collapse', 'previous', 'next', 'prev', 'back',
      'toggle caption', 'hide caption', 'enlarge this image', 'click to enlarge', 'view gallery', 'back to gallery',
      'open gallery', 'full screen', 'fullscreen', 'mute', 'unmute', 'listen to this article',
      'print this page', 'text size', 'font size', 'a a', 'aa', 'a+ a-', 'international edition', 'us edition',
      'uk edition', "today's paper", 'today’s paper', 'e-edition', 'buscar', 'pesquisar', 'suche', 'cerca',
      'поиск', 'cari', 'início', 'inicio',
    ],
  },
  {
    kind: 'footer',
    rule: 'footer-link',
    reason: 'Unexpected footer link, remove it',
    labels: [
      'privacy', 'privacy policy', 'privacy notice', 'privacy statement', 'your privacy rights', 'cookie policy',
      'cookies policy', 'terms', 'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions',
      'user agreement', 'contact', 'contact us', 'about', 'about us', 'site map', 'sitemap', 'advertise',
      'advertise with us', 'advertising', 'careers', 'accessibility', 'faq', 'faqs', 'feedback', 'give feedback', 'send feedback',
      'corrections', 'ethics policy', 'masthead', 'rss feeds', 'rss', 'do not sell my personal information',
      'do not sell my info', 'ad choices', 'adchoices', 'all rights reserved', 'reprints', 'order reprints', 'permissions',
      'politica de privacidade', 'política de privacidade', 'política de privacidad', 'impressum', 'datenschutz',
      'contato', 'contacto', 'fale conosco', 'quem somos', 'kontakt', 'контакты', 'kontak', 'tentang kami',
    ],
  },
];

/** Words that make a line legal boilerplate when several of them meet (copyright and disclaimer notices). */
export const LEGAL_WORDS: ReadonlySet<string> = new Set([
  'copyright', 'trademark', 'trademarks', 'registered', 'rights', 'reserved', 'terms', 'privacy', 'policy', 'cookies',
  'cookie', 'liability', 'affiliates', 'affiliate', 'disclaimer', 'consent', 'agreement', 'license', 'licensed',
  'permission', 'reproduced', 'redistributed', 'republished', 'rewritten', 'broadcast', 'prohibited', 'commission',
  'compensation', 'unsubscribe', 'spam', 'inbox', 'newsletter', 'subscribe', 'subscription', 'constitutes', 'acceptance',
  'distributed', 'transmitted', 'cached',
]);

/**
 * Words of the data-protection notices under comment and sign-up forms ("Your
 * personal data will only be disclosed … for the purposes of spam filtering");
 * with legal words they count only where the reader is addressed as "you".
 */
export const DATA_NOTICE_WORDS: ReadonlySet<string> = new Set([
  'personal', 'data', 'revoke', 'disclosed', 'protection', 'processing', 'purposes', 'submitting', 'stored', 'transmitted',
  'consent', 'privacy', 'policy', 'spam', 'form', 'deleted', 'agree',
]);

/** Cookie words, and the words that make a line about them a consent banner (not a recipe). */
export const COOKIE_WORDS: ReadonlySet<string> = new Set(['cookie', 'cookies', 'gdpr']);
export const CONSENT_CONTEXT: ReadonlySet<string> = new Set([
  'site', 'website', 'websites', 'browser', 'browsing', 'experience', 'privacy', 'policy', 'consent', 'settings',
  'personalise', 'personalize', 'analytics', 'third-party', 'partners', 'preferences', 'accept', 'advertising',
  // the same in Portuguese, Spanish, French, German and Italian banners
  'sito', 'sitio', 'navegação', 'navegación', 'navigation', 'navigazione', 'experiência', 'experiencia', 'expérience',
  'esperienza', 'erfahrung', 'privacidade', 'privacidad', 'confidentialité', 'datenschutz', 'aceitar', 'aceptar',
  'accepter', 'akzeptieren', 'accetta', 'continui', 'continuar', 'continuer',
]);

/** Newsletter words; with a prompt verb and the reader addressed, a short line is a sign-up prompt. */
export const NEWSLETTER_WORDS: ReadonlySet<string> = new Set(['newsletter', 'newsletters', 'inbox', 'unsubscribe', 'spam', 'activation']);
export const PROMPT_VERBS: ReadonlySet<string> = new Set([
  'sign', 'subscribe', 'join', 'get', 'receive', 'delivered', 'enter', 'promise', 'want', 'daily', 'weekly', 'activate',
  'confirm',
]);

/** Words that address the reader or the site: notices talk to "you" about "our site", prose rarely does outside quotes. */
export const READER_WORDS: ReadonlySet<string> = new Set([
  'you', 'your', 'our', 'we', 'us', 'site', 'website', 'this',
  'você', 'nosso', 'nossa', 'usted', 'nuestro', 'nuestra', 'vous', 'votre', 'notre', 'nos', 'sie', 'ihre', 'wir',
  'unsere', 'unserer', 'tu', 'nostro', 'nostra', 'noi', 'utilizziamo', 'usamos', 'utilizamos', 'utilisons', 'verwenden',
]);

/** Words of a notice about the reader's browser ("We've detected you are on Internet Explorer … update to a modern browser"). */
export const BROWSER_WORDS: ReadonlySet<string> = new Set(['browser', 'browsers', 'javascript']);
export const BROWSER_CONTEXT: ReadonlySet<string> = new Set([
  'update', 'upgrade', 'supported', 'unsupported', 'detected', 'enable', 'enabled', 'disabled', 'modern', 'outdated',
  'latest', 'version', 'experience',
]);
