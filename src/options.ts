import type { Detector, Focus, RepairOptions } from './types.js';
import type { BoilerplateModel } from './boilerplate/learn.js';
import { isBoilerplateModel } from './boilerplate/learn.js';
import { DEFAULT_REPAIRS } from './repair/find-repairs.js';

/** Options of {@link cleanText}; every one is optional. */
export interface CleanOptions {
  /** How hard to cut: `precision` keeps more, `recall` removes more. Default `'balanced'`. */
  focus?: Focus;
  /** Detector ids or rule ids to turn off, e.g. `['icon-run', 'standfirst']`. Default none. */
  disable?: readonly string[];
  /** Detectors of your own; they run after the built-in debris detectors and before the headline and dateline. */
  detectors?: readonly Detector[];
  /** Longest input accepted, in UTF-16 code units; longer input is an error. Default 20,000,000. */
  maxLength?: number;
  /**
   * Text repairs of block text, each recorded in `doc.repairs`: `true` (the
   * default) repairs mojibake, HTML entities and invisible characters; an
   * object turns single repairs on or off (`{ quotes: true, dashes: true }`
   * also normalises typographic quotes and dashes); `false` turns all off.
   */
  repair?: boolean | RepairOptions;
  /**
   * Time budget per document in milliseconds. When it runs out, the detectors
   * not yet run are skipped and `doc.warnings` names them: a flagged partial
   * result instead of a hang. Default none.
   */
  timeBudgetMs?: number;
  /** Lines repeated across a batch, from `learnBoilerplate(texts)`; they are removed as `boilerplate`. Default none. */
  boilerplate?: BoilerplateModel;
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  focus: Focus;
  disable: ReadonlySet<string>;
  detectors: readonly Detector[];
  maxLength: number;
  repair: Required<RepairOptions> | null;
  boilerplate: BoilerplateModel | null;
  timeBudgetMs: number;
}

const FOCUS: readonly Focus[] = ['precision', 'balanced', 'recall'];
export const DEFAULT_MAX_LENGTH = 20_000_000;

/**
 * Check options and fill in defaults. A wrong option is a TypeError or
 * RangeError whose message names the function and the option.
 *
 * @example resolveOptions({ focus: 'recall' }, 'cleanText').focus // 'recall'
 */
export function resolveOptions(options: CleanOptions | undefined, fn: string): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  const { focus = 'balanced', disable = [], detectors = [], maxLength = DEFAULT_MAX_LENGTH, repair = true, boilerplate, timeBudgetMs = Infinity } = options;
  if (!FOCUS.includes(focus)) throw new RangeError(`${fn}: option "focus" must be one of ${FOCUS.map((f) => `'${f}'`).join(', ')}, got ${describe(focus)}`);
  if (!Array.isArray(disable) || disable.some((d) => typeof d !== 'string')) {
    throw new TypeError(`${fn}: option "disable" must be an array of rule or detector ids (strings)`);
  }
  if (!Array.isArray(detectors) || detectors.some((d) => !isDetector(d))) {
    throw new TypeError(`${fn}: option "detectors" must be an array of { id: string, rules: string[], detect(context) } objects`);
  }
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`${fn}: option "maxLength" must be a positive integer, got ${describe(maxLength)}`);
  }
  if (typeof repair !== 'boolean' && (typeof repair !== 'object' || repair === null || Array.isArray(repair))) {
    throw new TypeError(`${fn}: option "repair" must be a boolean or an object of repair switches, got ${describe(repair)}`);
  }
  if (boilerplate !== undefined && !isBoilerplateModel(boilerplate)) {
    throw new TypeError(`${fn}: option "boilerplate" must be a model from learnBoilerplate(texts)`);
  }
  if (typeof timeBudgetMs !== 'number' || Number.isNaN(timeBudgetMs) || timeBudgetMs <= 0) {
    throw new RangeError(`${fn}: option "timeBudgetMs" must be a positive number of milliseconds, got ${describe(timeBudgetMs)}`);
  }
  const repairs = repair === false ? null : repair === true ? DEFAULT_REPAIRS : { ...DEFAULT_REPAIRS, ...repair };
  return { focus, disable: new Set(disable), detectors, maxLength, repair: repairs, boilerplate: boilerplate ?? null, timeBudgetMs };
}

function isDetector(d: unknown): d is Detector {
  if (typeof d !== 'object' || d === null) return false;
  const x = d as Partial<Detector>;
  return typeof x.id === 'string' && typeof x.detect === 'function' && (x.rules === undefined || Array.isArray(x.rules));
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}
