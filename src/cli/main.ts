#!/usr/bin/env node
/**
 * The `decruft` command: a strict line-in, line-out filter from JSONL (or
 * text/HTML files) to cleaned documents. It reads, batches and writes on the
 * main thread and cleans on a piscina pool; see USAGE in args.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliConfig } from './args.js';
import { USAGE, UsageError, parseCommand } from './args.js';
import { listInputs } from './inputs.js';
import { openSink } from './output.js';
import { runPipeline } from './run.js';
import { PARTIAL, commitShard, planShard, shardIsDone } from './shards.js';
import { formatSummary } from './summary.js';

/** The built worker beside this file: cli-worker.js next to cli.js, cli-worker.cjs next to cli.cjs. */
const HERE = fileURLToPath(import.meta.url);
const WORKER = join(dirname(HERE), HERE.endsWith('.cjs') ? 'cli-worker.cjs' : 'cli-worker.js');

/**
 * Run the command line and return the exit code: 0 done (error records
 * included), 1 a `--strict` stop or a failure to write, 2 a usage error.
 *
 * @example process.exitCode = await main(['--workers', '2', 'in.jsonl'])
 */
async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'report') return runReport(argv.slice(1));
  try {
    const command = parseCommand(argv, process.env);
    if (command.kind === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    return await run(command.config);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`decruft: ${error.message}\nRun "decruft --help" for usage.\n`);
      return 2;
    }
    process.stderr.write(`decruft: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function run(config: CliConfig): Promise<number> {
  const started = performance.now();
  const sources = listInputs(config.inputs, config.format);
  if (!config.quiet && process.stdin.isTTY && sources.some((s) => s.path === null)) {
    process.stderr.write('decruft: reading JSON lines from the terminal; end with Ctrl-D (decruft --help for usage)\n');
  }
  let outcome;
  if (config.outDir === null) {
    const output = openSink(config.output, config.gzip);
    const removals = config.removals === null ? null : openSink(config.removals, config.gzip);
    outcome = await runPipeline(sources, config, { output, removals }, WORKER);
    await output.close();
    await removals?.close();
  } else {
    const plan = planShard(sources, config);
    const label = basename(plan.done, '.done');
    if (shardIsDone(plan)) {
      if (!config.quiet) process.stderr.write(`decruft: ${label} is done already (${plan.done}); skipping\n`);
      return 0;
    }
    mkdirSync(config.outDir, { recursive: true });
    const output = openSink(plan.output + PARTIAL, config.gzip);
    const removals = openSink(plan.removals + PARTIAL, config.gzip);
    outcome = await runPipeline(plan.sources, config, { output, removals }, WORKER);
    await output.close();
    await removals.close();
    if (outcome.stoppedAt === null) commitShard(plan, outcome.stats);
    if (!config.quiet) process.stderr.write(`decruft: ${label}: ${plan.sources.length} input file${plan.sources.length === 1 ? '' : 's'}${outcome.stoppedAt === null ? ', done' : ', stopped'}\n`);
  }
  if (!config.quiet) process.stderr.write(formatSummary(outcome.stats, (performance.now() - started) / 1000));
  if (outcome.stoppedAt !== null) {
    process.stderr.write(`decruft: stopped at the first failing record (--strict): ${outcome.stoppedAt}\n`);
    return 1;
  }
  return 0;
}

/** `decruft report …` belongs to its own module; loaded only when asked for. */
async function runReport(argv: string[]): Promise<number> {
  let command: { runReportCommand(argv: string[]): Promise<number> | number };
  try {
    command = await import('./report-command.js');
  } catch (error) {
    process.stderr.write(`decruft: the "report" subcommand is not available in this build (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  return command.runReportCommand(argv);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(dirname(HERE), '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

// A reader that goes away (`decruft … | head`) is a normal end of a filter, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`decruft: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
