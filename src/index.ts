/**
 * decruft: turn scraped news text (or raw HTML) into clean, structured
 * documents, with every removal typed, located and accounted for.
 */
export { cleanText, buildDocument } from './document.js';
export type { PriorKnowledge } from './document.js';
export type { CleanOptions } from './options.js';
export { splitSentences, segmentSentences } from './segment/sentences.js';
export { splitLines } from './ingest/lines.js';
export { applyFindings } from './removals.js';
export { parseDateLine } from './parse/dates.js';

// Detectors, each usable on its own, and the default pipeline.
export { defaultDetectors } from './detectors/index.js';
export { detectSerializedBlobs, serializedBlobDetector } from './detectors/serialized-blobs.js';
export { detectIconRuns, iconRunDetector } from './detectors/icon-runs.js';
export { detectPlayerTimers, playerTimerDetector } from './detectors/player-timers.js';
export { detectReadMore, readMoreDetector } from './detectors/read-more.js';
export { detectBreadcrumbs, breadcrumbDetector } from './detectors/breadcrumbs.js';
export { detectTimestamps, timestampDetector } from './detectors/timestamps.js';
export { detectCaptions, captionDetector } from './detectors/captions.js';
export { detectHeadline, headlineDetector } from './detectors/headline.js';
export { detectDateline, datelineDetector, readDateline } from './detectors/datelines.js';

export type * from './types.js';
