/**
 * Issue 5 item 4 / issue 7 item 1: the `limits` config, `.selosteignore`, and the
 * progress bar (a TTY on stderr only, never in CI or when piped).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, toIngestLimits } from '../../src/cli/config.js';
import { expandInputs, ignoreLineToGlobs } from '../../src/api/inputs.js';
import { createProgress, isCi, wantsProgress } from '../../src/cli/progress.js';
import { ConfigError } from '../../src/model/errors.js';

const MB = 1024 * 1024;

describe('limits in the config', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seloste-limits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const configWith = (yaml: string) => {
    writeFileSync(join(dir, 'seloste.config.yaml'), yaml);
    return loadConfig(undefined, dir);
  };

  it('become ingest options; flags win over the config; 30 s per document by default', () => {
    expect(toIngestLimits(loadConfig(undefined, mkdtempSync(join(tmpdir(), 'seloste-none-'))))).toEqual({
      timeoutMs: 30_000,
    });
    const config = configWith(
      'limits:\n  maxFileMB: 5\n  maxPages: 40\n  maxDocxUncompressedMB: 20\n  maxDocxEntries: 100\n  timeoutSeconds: 2.5\n',
    );
    expect(toIngestLimits(config)).toEqual({
      maxBytes: 5 * MB,
      maxPages: 40,
      maxDocxUncompressedBytes: 20 * MB,
      maxDocxEntries: 100,
      timeoutMs: 2500,
    });
    expect(toIngestLimits(config, { maxFileSize: 1, maxPages: 2, timeout: 0 })).toMatchObject({
      maxBytes: MB,
      maxPages: 2,
      timeoutMs: 0,
    });
  });

  it('a misspelt or bad limit stops with the key named', () => {
    expect(() => configWith('limits:\n  maxPagez: 3\n')).toThrow(ConfigError);
    expect(() => configWith('limits:\n  maxPagez: 3\n')).toThrow(/maxPagez/);
    expect(() => configWith('limits:\n  maxPages: -1\n')).toThrow(/limits\.maxPages/);
    expect(() => configWith('limits:\n  timeoutSeconds: soon\n')).toThrow(/limits\.timeoutSeconds/);
  });
});

describe('.selosteignore', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seloste-ignore-'));
    for (const f of [
      'notices/a.txt',
      'notices/luonnokset/b.txt',
      'notices/old/c.pdf',
      'notices/d.docx',
      'notices/e.md',
      'other/luonnokset/f.txt',
      'g.txt',
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'Tietosuojaseloste');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the patterns out of folders and globs, gitignore-like', async () => {
    writeFileSync(
      join(dir, '.selosteignore'),
      '# luonnokset eivät ole julkaistuja\nluonnokset/\n/notices/old\n*.docx\n\n',
    );
    expect(
      await expandInputs(['notices', 'other'], [], dir).then((fs) => fs.map((f) => f.replace(/\\/g, '/'))),
    ).toEqual(['notices/a.txt', 'notices/e.md']);
    expect(await expandInputs(['**/*.txt'], [], dir)).toEqual(['g.txt', 'notices/a.txt']);
    // with the config's ignore on top
    expect(await expandInputs(['notices'], ['**/e.md'], dir)).toEqual(['notices/a.txt']);
  });

  it('never drops a file named on the command line', async () => {
    writeFileSync(join(dir, '.selosteignore'), '*.docx\n');
    expect(await expandInputs(['notices/d.docx'], [], dir)).toEqual(['notices/d.docx']);
  });

  it('pattern → globs', () => {
    expect(ignoreLineToGlobs('drafts/')).toEqual(['**/drafts/**']);
    expect(ignoreLineToGlobs('/old.pdf')).toEqual(['old.pdf', 'old.pdf/**']);
    expect(ignoreLineToGlobs('a/b.txt')).toEqual(['a/b.txt', 'a/b.txt/**']);
    expect(ignoreLineToGlobs('*.doc')).toEqual(['**/*.doc', '**/*.doc/**']);
    expect(ignoreLineToGlobs('# comment')).toEqual([]);
    expect(ignoreLineToGlobs('   ')).toEqual([]);
  });
});

class FakeTerminal extends Writable {
  out = '';
  isTTY: boolean;
  columns = 100;
  constructor(tty: boolean) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.out += chunk.toString();
    done();
  }
}

describe('the progress bar', () => {
  const run = async (tty: boolean, env: NodeJS.ProcessEnv, total = 3) => {
    const stream = new FakeTerminal(tty) as unknown as NodeJS.WriteStream & FakeTerminal;
    const p = await createProgress(total, { stream, env });
    for (let i = 0; i < total; i++) {
      p.tick(`notices/${i}.pdf`);
      if (i === 1) p.log('seloste: notices/1.pdf: damaged PDF');
    }
    p.stop();
    return stream.out;
  };

  it('is drawn on a terminal, and clears itself; a problem line is printed whole above it', async () => {
    const out = await run(true, {});
    expect(out).toContain('Luetaan');
    expect(out).toContain('seloste: notices/1.pdf: damaged PDF\n');
    expect(out).toMatch(/\u001b\[0J|\u001b\[2K|\u001b\[0K/);
  });

  it('is not drawn in CI, when piped, on a dumb terminal, or for one file; problem lines are still printed', async () => {
    for (const out of [
      await run(true, { CI: 'true' }),
      await run(true, { GITHUB_ACTIONS: 'true' }),
      await run(false, {}),
      await run(true, { TERM: 'dumb' }),
      await run(true, {}, 1),
    ]) {
      expect(out.replace('seloste: notices/1.pdf: damaged PDF\n', '')).toBe('');
    }
  });

  it('CI detection', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ GITLAB_CI: 'true' })).toBe(true);
    expect(isCi({})).toBe(false);
    expect(wantsProgress({ isTTY: false } as NodeJS.WriteStream, {})).toBe(false);
  });
});
