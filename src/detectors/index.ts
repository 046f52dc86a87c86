import type { Detector } from '../types.js';
import { serializedBlobDetector } from './serialized-blobs.js';
import { codeLeakDetector } from './code-leaks.js';
import { iconRunDetector } from './icon-runs.js';
import { playerTimerDetector } from './player-timers.js';
import { readMoreDetector } from './read-more.js';
import { breadcrumbDetector } from './breadcrumbs.js';
import { timestampDetector } from './timestamps.js';
import { bylineDetector } from './bylines.js';
import { authorBioDetector } from './author-bios.js';
import { teaserDetector } from './teasers.js';
import { captionDetector } from './captions.js';
import { pageDebrisDetector } from './page-debris.js';
import { commentsDetector } from './comments.js';
import { pageFurnitureDetector } from './page-furniture.js';
import { headlineDetector } from './headline.js';
import { datelineDetector } from './datelines.js';

/**
 * The default detectors, in the order they run. Debris that is recognisable
 * on its own comes first; the headline and the dateline are judged on what
 * the debris detectors left, so they come last. Where two findings overlap,
 * the earlier detector's wins.
 */
export const defaultDetectors: readonly Detector[] = [
  serializedBlobDetector,
  codeLeakDetector,
  iconRunDetector,
  playerTimerDetector,
  readMoreDetector,
  breadcrumbDetector,
  timestampDetector,
  bylineDetector,
  authorBioDetector,
  teaserDetector,
  captionDetector,
  pageDebrisDetector,
  commentsDetector,
  pageFurnitureDetector,
  headlineDetector,
  datelineDetector,
];
