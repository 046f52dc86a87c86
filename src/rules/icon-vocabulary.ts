/**
 * Vocabulary of icon sets and UI sprites whose class names leak into scraped
 * text when a scraper keeps the text of `<svg><title>` or icon-font elements.
 *
 * Seed 001 line 1 is the model: sixty names glued to their "icon" suffix
 * (`bookmarkicon cameraicon chevron downicon … vkicon yticon`). Other sites
 * use Font Awesome (`fa-facebook`), Bootstrap Icons (`bi-bookmark`), Material
 * (`ic_menu`, `keyboard_arrow_down`), or bare names.
 */

/** Words that mark a token as an icon name wherever they stand in it. */
export const ICON_MARKERS = ['icon', 'icons', 'glyphicon', 'ionicon', 'sprite'] as const;

/** Icon-set prefixes, recognised only as the first part of a hyphenated or underscored name (`fa-x`, `ic_x`). */
export const ICON_PREFIXES = ['fa', 'fas', 'far', 'fab', 'fal', 'bi', 'ic', 'mdi', 'ion', 'gi', 'si', 'ri', 'ti', 'svg', 'icn', 'ico'] as const;

/** UI actions and objects, as icon sets name them. */
const UI_ACTIONS = [
  'bookmark', 'bookmarks', 'camera', 'check', 'checkmark', 'close', 'compress', 'download', 'upload', 'edit', 'expand',
  'file', 'filter', 'flag', 'mail', 'email', 'envelope', 'move', 'music', 'mute', 'muted', 'unmute',
  'ok', 'pause', 'play', 'search', 'share', 'sign', 'signin', 'signup', 'stepback', 'stepforward', 'swipe',
  'tag', 'tags', 'trash', 'delete', 'print', 'menu', 'burger', 'hamburger', 'home', 'user', 'users', 'account',
  'profile', 'login', 'logout', 'lock', 'unlock', 'settings', 'gear', 'cog', 'bell', 'notification', 'heart', 'like',
  'star', 'comment', 'comments', 'reply', 'plus', 'minus', 'add', 'refresh', 'reload', 'sync', 'info', 'help',
  'question', 'warning', 'alert', 'calendar', 'clock', 'eye', 'link', 'external', 'copy', 'save', 'send', 'attach',
  'paperclip', 'image', 'photo', 'video', 'audio', 'volume', 'mic', 'phone', 'location', 'map', 'marker', 'globe',
  'rss', 'feed', 'grid', 'dots', 'ellipsis', 'zoom', 'fullscreen', 'toggle', 'cross', 'times', 'cart', 'basket',
  'gift', 'podcast', 'headphones', 'quote', 'print', 'stop', 'rewind', 'forward', 'backward', 'replay', 'loop',
  'shuffle', 'skip', 'stream', 'live', 'bars', 'sliders', 'sort', 'th', 'thumbs', 'thumb', 'spinner', 'loader',
] as const;

/** Directions and shapes that icon names combine with (`chevron down`, `arrow_left`). */
const UI_SHAPES = [
  'arrow', 'arrows', 'caret', 'chevron', 'angle', 'triangle', 'circle', 'square', 'outline', 'filled', 'solid', 'alt',
  'keyboard', 'double', 'round', 'rounded', 'sharp', 'thin', 'bold', 'light', 'compact', 'mini', 'small', 'large',
  'step', 'prev', 'previous', 'next', 'compress', 'wide', 'narrow',
] as const;

/** Social networks and messengers, full and in the two-letter forms share sprites use. */
const SOCIAL = [
  'facebook', 'fb', 'twitter', 'tw', 'vk', 'vkontakte', 'odnoklassniki', 'tg', 'telegram', 'whatsapp', 'viber',
  'linkedin', 'pinterest', 'reddit', 'tumblr', 'youtube', 'yt', 'instagram', 'ins', 'insta', 'tiktok', 'snapchat',
  'gp', 'gplus', 'googleplus', 'google', 'flipboard', 'pocket', 'digg', 'wechat', 'weibo', 'skype', 'messenger',
  'discord', 'mastodon', 'bluesky', 'threads', 'livejournal', 'lj', 'mailru', 'yandex', 'xing', 'line', 'sms',
] as const;

/**
 * Short words that only count inside a run of stronger icon names: alone they
 * are ordinary English ("sign in", "chevron up", "full screen"). Any other
 * lower-case token of one to three letters is treated the same way (country
 * codes after "flag", size suffixes, a sprite name cut short).
 */
export const WEAK_WORDS = [
  'in', 'up', 'out', 'down', 'left', 'right', 'on', 'off', 'no', 'full', 'all', 'more', 'back', 'top', 'bottom',
  'open', 'new', 'xs', 'sm', 'md', 'lg', 'xl',
] as const;

/** Every strong UI word, for segmenting glued names like `stepbackicon`. */
export const UI_WORDS: readonly string[] = [...UI_ACTIONS, ...UI_SHAPES, ...SOCIAL];
