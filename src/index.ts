/**
 * decruft: turn scraped news text (or raw HTML) into clean, structured
 * documents, with every removal typed, located and accounted for.
 */
export { cleanText, buildDocument } from './document.js';
export type { PriorKnowledge } from './document.js';
export type { CleanOptions } from './options.js';
export { splitSentences, segmentSentences } from './segment/sentences.js';
export { retextDecruftSentences } from './segment/plugin.js';
export { splitLines } from './ingest/lines.js';
export { applyFindings } from './removals.js';
export { parseDateLine } from './parse/dates.js';

// Detectors, each usable on its own, and the default pipeline.
export { defaultDetectors } from './detectors/index.js';
export { detectSerializedBlobs, serializedBlobDetector } from './detectors/serialized-blobs.js';
export { detectCodeLeaks, codeLeakDetector } from './detectors/code-leaks.js';
export { detectIconRuns, iconRunDetector } from './detectors/icon-runs.js';
export { detectPlayerTimers, playerTimerDetector } from './detectors/player-timers.js';
export { detectReadMore, readMoreDetector } from './detectors/read-more.js';
export { detectBreadcrumbs, breadcrumbDetector } from './detectors/breadcrumbs.js';
export { detectTimestamps, timestampDetector } from './detectors/timestamps.js';
export { detectBylines, bylineDetector } from './detectors/bylines.js';
export { detectAuthorBios, authorBioDetector } from './detectors/author-bios.js';
export { detectTeasers, teaserDetector } from './detectors/teasers.js';
export { detectCaptions, captionDetector } from './detectors/captions.js';
export { detectHeadline, headlineDetector } from './detectors/headline.js';
export { detectDateline, datelineDetector, readDateline } from './detectors/datelines.js';

export type * from './types.js';

// HTML input: the page rendered to text, the article found, then the text pipeline.
export { cleanHtml } from './html.js';
export type { CleanHtmlOptions } from './html.js';
export { renderPage } from './ingest/html/page.js';
export type { RenderedPage, RenderOptions } from './ingest/html/page.js';

// The audit report: every removal drawn over its input, as one HTML file.
export { renderReport } from './report/render.js';
export type { ReportItem, ReportOptions } from './report/types.js';

// Streaming: clean an (async) iterable of texts or records, in order.
export { cleanStream } from './stream.js';
export type { StreamItem, StreamDocument, CleanStreamOptions } from './stream.js';

// Page debris, the article region, text repair and corpus boilerplate (issue 4).
export { detectPageDebris, pageDebrisDetector, isRelatedHeader } from './detectors/page-debris.js';
export { detectCommentAuthors, commentsDetector, isCommentHeader } from './detectors/comments.js';
export { detectPageFurniture, pageFurnitureDetector } from './detectors/page-furniture.js';
export { findRepairs } from './repair/find-repairs.js';
export { learnBoilerplate, boilerplateDetector, isBoilerplateModel, normaliseLine } from './boilerplate/learn.js';
export type { BoilerplateModel, LearnBoilerplateOptions } from './boilerplate/learn.js';
