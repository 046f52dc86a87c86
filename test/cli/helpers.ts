import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';

/**
 * Run the built CLI the way users and pipelines do: a child process reading
 * stdin and writing stdout. The tests need `npm run build` first (`pretest`).
 */
export const root = join(import.meta.dirname, '..', '..');
export const cli = join(root, 'dist', 'cli.js');
export const seedDir = join(root, 'test', 'fixtures', 'seeds');
export const dumpDir = join(root, 'bench', 'data', 'article-extraction-benchmark', 'textdump');
export const htmlDir = join(root, 'bench', 'data', 'article-extraction-benchmark', 'html');

export interface Result {
  code: number | null;
  stdout: string;
  /** stdout as bytes, for gzipped output. */
  bytes: Buffer;
  stderr: string;
}

/** Start the CLI; the caller may kill it. */
export function start(args: readonly string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): { child: ChildProcess; done: Promise<Result> } {
  // Tests that run inside an AWS Batch array job must not have every CLI run turn into a shard.
  const { AWS_BATCH_JOB_ARRAY_INDEX: _index, AWS_BATCH_JOB_ARRAY_SIZE: _size, ...env } = process.env;
  const child = spawn(process.execPath, [cli, ...args], { env: { ...env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  child.stdin!.on('error', () => {});
  child.stdin!.end(options.input ?? '');
  const done = new Promise<Result>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), bytes: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
  });
  return { child, done };
}

/** Run the CLI to the end. */
export function run(args: readonly string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  return start(args, options).done;
}

/** The five seed articles, by file name. */
export function seeds(): { id: string; text: string }[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((id) => ({ id, text: readFileSync(join(seedDir, id), 'utf8') }));
}

/** The benchmark's 181 naive text dumps, by file name. */
export function dumps(): { id: string; text: string }[] {
  return readdirSync(dumpDir)
    .sort()
    .map((id) => ({ id, text: readFileSync(join(dumpDir, id), 'utf8') }));
}

/** Records as JSONL, one per line. */
export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** A fresh temporary folder. */
export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `decruft-${prefix}-`));
}

/** Split `records` into `n` JSONL files named part-0.jsonl … in `dir`. */
export function writeParts(dir: string, records: readonly unknown[], n: number): string[] {
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = join(dir, `part-${i}.jsonl`);
    writeFileSync(file, jsonl(records.filter((_, j) => j % n === i)));
    files.push(file);
  }
  return files;
}

/** Non-empty output lines parsed as JSON. */
export function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}
