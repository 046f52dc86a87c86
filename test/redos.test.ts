import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

/**
 * Every regular expression in src/ is checked for catastrophic backtracking
 * (exponential or polynomial) with recheck. Regex literals are found with the
 * TypeScript parser; `new RegExp(...)` must be given a literal pattern, so
 * that nothing escapes the check.
 */
const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function regexesIn(file: string): { found: FoundRegex[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node) => `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const close = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, close), flags: literal.slice(close + 1) });
    } else if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      if (ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern)) {
          found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else dynamic.push(where(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, dynamic };
}

const all = sourceFiles(SRC).map(regexesIn);
const regexes = all.flatMap((r) => r.found);

describe('regular expressions in src/', () => {
  it('are all built from literal patterns, so each can be checked', () => {
    expect(all.flatMap((r) => r.dynamic)).toEqual([]);
    expect(regexes.length).toBeGreaterThan(10);
  });

  it('cannot backtrack catastrophically', () => {
    const unsafe = regexes
      .map((r) => ({ ...r, result: checkSync(r.source, r.flags.replace('g', ''), { timeout: 10_000 }) }))
      .filter((r) => r.result.status !== 'safe')
      .map((r) => `${r.where} /${r.source}/${r.flags}: ${r.result.status}${r.result.status === 'vulnerable' ? ` (${r.result.complexity.type})` : ''}`);
    expect(unsafe).toEqual([]);
  }, 120_000);
});
