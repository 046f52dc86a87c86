/**
 * Labels that audio and video players leave in scraped text around their
 * timers. Seed 001 ends with a podcast player ("Podcasts", 0:00, 23:13, 0:00,
 * 25:0); HTML5 video skins (Video.js, JW Player, Plyr) add the control names.
 * Lower case; multi-word labels are matched word by word.
 */
export const PLAYER_LABELS: ReadonlySet<string> = new Set([
  // podcast and audio widgets
  'podcast', 'podcasts', 'listen', 'listening', 'audio', 'episode', 'radio', 'now', 'playing', 'live',
  // transport controls
  'play', 'pause', 'stop', 'replay', 'rewind', 'forward', 'skip', 'next', 'previous', 'seek', 'back',
  // time read-outs
  'current', 'time', 'duration', 'remaining', 'elapsed', 'loaded', 'progress', 'buffered', 'total',
  // sound and screen
  'mute', 'unmute', 'muted', 'volume', 'level', 'fullscreen', 'full', 'screen', 'exit', 'non', 'pip',
  'picture', 'in', 'captions', 'subtitles', 'off', 'on', 'settings', 'quality', 'speed', 'playback', 'rate',
  'chapters', 'descriptions', 'audio', 'track', 'stream', 'type', 'video', 'min', 'sec', 'of', 'x', 'hd', 'auto',
]);
