import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The package as users get it: packed, installed into an empty project,
 * loaded with `import` and with `require` (Node 20 cannot `require` the
 * ESM-only unified packages, so the CJS build must carry them), type-checked
 * from TypeScript, and checked by publint and attw. Needs `npm run build`
 * first (the `pretest` script does it).
 */
const root = join(import.meta.dirname, '..');
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('the packed package', () => {
  let project = '';
  let tarball = '';

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` before the tests');
    const packDir = mkdtempSync(join(tmpdir(), 'decruft-pack-'));
    const out = run('npm', ['pack', '--silent', '--pack-destination', packDir], root).trim().split('\n').pop()!;
    tarball = join(packDir, out);
    project = mkdtempSync(join(tmpdir(), 'decruft-user-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', version: '1.0.0', private: true }));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball], project);
    return () => rmSync(project, { recursive: true, force: true });
  }, 180_000);

  it('works with import', () => {
    const out = run('node', ['--input-type=module', '-e', "import { cleanText } from 'decruft'; console.log(cleanText('Kerry calls Lavrov again\\n\\nROME- They spoke on Friday. It went well.').dateline.place)"], project);
    expect(out.trim()).toBe('ROME');
  });

  it('works with require on Node 20, the whole API included', () => {
    const out = run('node', ['-e', "const d = require('decruft'); console.log(typeof d.cleanText, typeof d.splitSentences, d.splitSentences('One. Two.').length)"], project);
    expect(out.trim()).toBe('function function 2');
  });

  it('gives types to TypeScript users of import and require', () => {
    writeFileSync(join(project, 'esm.mts'), "import { cleanText, type CleanDocument } from 'decruft';\nconst d: CleanDocument = cleanText('x');\nconst n: number = d.stats.sentences;\nexport { n };\n");
    writeFileSync(join(project, 'cjs.cts'), "import decruft = require('decruft');\nconst d: decruft.CleanDocument = decruft.cleanText('x');\nexport = d.title;\n");
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['esm.mts', 'cjs.cts'] }));
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], project);
  }, 60_000);

  it('passes publint and attw --pack', () => {
    const publint = run(process.execPath, [join(root, 'node_modules', 'publint', 'src', 'cli.js'), '--strict'], root);
    expect(publint).not.toMatch(/error|warning/i);
    const attw = run(process.execPath, [join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--format', 'table-flipped'], root);
    expect(attw).toMatch(/No problems found/);
  }, 60_000);
});
