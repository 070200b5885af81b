/**
 * Issue 14: one time limit for every document's whole work (read, segmenting, every rule,
 * a user's pattern included), in every format and every command. A pattern that
 * backtracks catastrophically (`/(a+)+$/` against 40 a's and a 'b': 2^40 steps, hours)
 * must cost a document its limit, not the run. The limits here are seconds and the
 * pathological inputs would take hours, so a loaded machine cannot make them flake: no
 * test asserts how fast anything is, only that it ends and what it says.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Script } from 'node:vm';
import { clampTimeout, MAX_TIMER_MS, within, withinEach } from '../../src/api/deadline.js';
import { lintFiles, lintText, type LintEvent } from '../../src/api/lint.js';
import { compareNotices, diffNotices } from '../../src/api/notices.js';
import { readBatch, timeLeft, type BatchItem } from '../../src/api/read-batch.js';
import { UnreadableInputError } from '../../src/model/errors.js';
import { nowMs } from '../../src/util/clock.js';
import { removeDir, REPO, SEED, seloste, tempDir } from '../cli/run.js';

/** Catastrophic backtracking on the line of a's below: exponential in the run's length. */
const EVIL = '/(a+)+$/';
const EVIL_CONFIG = { rules: { 'text/placeholder': { phrases: [EVIL] } } };
const A_RUN = `${'a'.repeat(40)}b`;
const evilText = `Rekisterinpitäjä\n\nEsimerkki Oy\n\n${A_RUN}\n`;

/** Long enough for a seed to lint on a 2-core machine under heavy load, far shorter than the hang. */
const ROOMY = 8_000;
/** For a document that only has to be stopped. */
const SHORT = 1_500;

const seed = (k: keyof typeof SEED) => join(REPO, SEED[k]);

let dir: string;
beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, 'evil.txt'), evilText);
  writeFileSync(join(dir, 'evil.md'), `# Rekisterinpitäjä\n\nEsimerkki Oy\n\n## Yhteyshenkilö\n\n${A_RUN}\n`);
  writeFileSync(
    join(dir, 'evil.html'),
    `<!doctype html><html><body><h1>Rekisterinpitäjä</h1><p>Esimerkki Oy</p><p>${A_RUN}</p></body></html>\n`,
  );
  // a user's rule pack: the built-in rules and one rule file of the user's with the pattern
  cpSync(join(REPO, 'rules', 'fi-gdpr'), join(dir, 'pack'), { recursive: true });
  writeFileSync(
    join(dir, 'pack', 'own-evil.yaml'),
    [
      'id: own/evil',
      'kind: existence',
      'severity: warning',
      'gdpr: null',
      'message: { fi: "Löytyi: {match}", en: "Found: {match}" }',
      'description: { fi: "Koe.", en: "Test." }',
      'patterns:',
      `  - "${EVIL}"`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'pack.yaml'), 'pack: ./pack\n');
  writeFileSync(
    join(dir, 'phrase.yaml'),
    `rules:\n  text/placeholder:\n    phrases:\n      - "${EVIL}"\nlimits:\n  timeoutSeconds: ${ROOMY / 1000}\n`,
  );
  writeFileSync(
    join(dir, 'phrase-short.yaml'),
    `rules:\n  text/placeholder:\n    phrases:\n      - "${EVIL}"\nlimits:\n  timeoutSeconds: ${SHORT / 1000}\n`,
  );
});
afterAll(() => removeDir(dir));

const unreadableFinding = (file: { findings: { ruleId: string; message: string }[] }) =>
  file.findings.find((f) => f.ruleId === 'input/unreadable');

describe('the watchdog (src/api/deadline.ts)', () => {
  it('stops a backtracking pattern at the limit with the "timeout" reason, and runs ordinary work to its end', () => {
    const re = new RegExp(EVIL.slice(1, -1), 'giu');
    let err: unknown;
    try {
      within(SHORT, () => re.test(A_RUN));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnreadableInputError);
    expect((err as UnreadableInputError).code).toBe('timeout');
    // the same script serves the next call, and errors of the work itself pass unchanged
    expect(within(SHORT, () => 'ok')).toBe('ok');
    expect(() => within(SHORT, () => JSON.parse('{'))).toThrow(SyntaxError);
    // 0 is no limit
    expect(within(0, () => 42)).toBe(42);
  });

  it('withinEach: each job as within gives it, several in one watchdog call; one the call cuts short runs again alone', () => {
    const calls = vi.spyOn(Script.prototype, 'runInThisContext');
    try {
      const busy = (ms: number, value: string) => () => {
        const end = nowMs() + ms;
        while (nowMs() < end);
        return value;
      };
      // jobs that take a few ms share one call; an error of a job is its own outcome
      const shared = withinEach([
        { ms: ROOMY, fn: busy(5, 'a') },
        { ms: ROOMY, fn: busy(5, 'b') },
        { ms: ROOMY, fn: () => JSON.parse('{') },
        { ms: ROOMY, fn: busy(5, 'c') },
      ]);
      expect(shared.map((o) => (o.ok ? o.value : (o.error as Error).name))).toEqual(['a', 'b', 'SyntaxError', 'c']);
      expect(calls).toHaveBeenCalledTimes(1);
      calls.mockClear();
      // the backtracking job joins the first job's call (its deadline comes first), is cut off
      // there, runs again in a call of its own and times out there; the next job still runs
      const re = new RegExp(EVIL.slice(1, -1), 'giu');
      let evilRuns = 0;
      const mixed = withinEach([
        { ms: SHORT, fn: busy(200, 'before') },
        { ms: SHORT, fn: () => (evilRuns++, re.test(A_RUN) ? 'hang' : 'no') },
        { ms: SHORT, fn: busy(1, 'after') },
        { ms: 0, fn: () => 'unlimited' },
      ]);
      expect(mixed.map((o) => (o.ok ? o.value : (o.error as UnreadableInputError).code))).toEqual([
        'before',
        'timeout',
        'after',
        'unlimited',
      ]);
      expect(evilRuns).toBe(2);
      expect(calls).toHaveBeenCalledTimes(3);
    } finally {
      calls.mockRestore();
    }
  });

  it('clamps a limit to what timers accept, and leaves at least 1 ms after a read', () => {
    expect(clampTimeout(1e15)).toBe(MAX_TIMER_MS);
    expect(clampTimeout(0)).toBe(0);
    expect(clampTimeout(Number.NaN)).toBe(0);
    expect(clampTimeout(0.4)).toBe(1);
    expect(timeLeft({ elapsedMs: 5_000 }, 2_000)).toBe(1);
    expect(timeLeft({ elapsedMs: 500 }, 2_000)).toBe(1_500);
    expect(timeLeft({ elapsedMs: 500 }, 0)).toBe(0);
  });
});

describe('lint: a catastrophic user pattern cannot hang the run', () => {
  it('a phrase in the config: the document is unreadable (timeout), the batch goes on and the next file has its findings', async () => {
    const events: LintEvent[] = [];
    const result = await lintFiles([join(dir, 'evil.txt'), seed('002')], {
      config: EVIL_CONFIG,
      lang: 'en',
      timeoutMs: ROOMY,
      onEvent: (e) => events.push(e),
    });
    const [evil, good] = result.report.files;
    expect(unreadableFinding(evil)!.message).toContain(`took longer than ${ROOMY / 1000} s and was stopped`);
    expect(
      events.some((e) => e.type === 'unreadable' && e.error.code === 'timeout' && e.file.endsWith('evil.txt')),
    ).toBe(true);
    expect(unreadableFinding(good)).toBeUndefined();
    expect(good.findings.some((f) => f.ruleId === 'text/placeholder' && f.excerpt.includes('s-postiosoite'))).toBe(
      true,
    );
    expect(result.unreadable).toBe(1);
  });

  it('lintText is under the same limit (Finnish by default)', async () => {
    const result = await lintText(evilText, { config: EVIL_CONFIG, timeoutMs: SHORT, file: 'luonnos.txt' });
    expect(unreadableFinding(result.report.files[0])!.message).toContain('kesti yli 1,5 s ja keskeytettiin');
    expect(result.unreadable).toBe(1);
  });

  it('Markdown and HTML notices are under it too', async () => {
    const result = await lintFiles([join(dir, 'evil.md'), join(dir, 'evil.html')], {
      config: EVIL_CONFIG,
      lang: 'en',
      timeoutMs: SHORT,
    });
    expect(result.report.files.map((f) => unreadableFinding(f)?.message ?? 'linted')).toEqual([
      expect.stringContaining('took longer than 1.5 s'),
      expect.stringContaining('took longer than 1.5 s'),
    ]);
  });

  it('end to end: a rule file of a user pack, with --timeout: one line per slow file, exit 2, the other file reported', async () => {
    const r = await seloste(
      ['lint', '--config', 'pack.yaml', '--timeout', String(ROOMY / 1000), '-f', 'json', 'evil.txt', seed('002')],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `seloste: evil.txt: tiedoston lukeminen kesti yli ${ROOMY / 1000} s ja keskeytettiin; rajaa voi nostaa valitsimella --timeout <s> (0: ei rajaa)\n`,
    );
    const report = JSON.parse(r.stdout) as { files: { file: string; findings: { ruleId: string }[] }[] };
    expect(report.files[1].findings.some((f) => f.ruleId === 'text/placeholder')).toBe(true);
    expect(report.files[1].findings.some((f) => f.ruleId === 'input/unreadable')).toBe(false);
  }, 60_000);
});

describe('reading in this thread is under the limit', () => {
  async function read(file: string, timeoutMs: number): Promise<BatchItem> {
    for await (const item of readBatch([file], { limits: { timeoutMs } })) return item;
    throw new Error('no item');
  }

  it('text, Markdown and HTML of a few MB are stopped at a 1 ms limit, and read with room', async () => {
    const para = 'Henkilötietoja käsitellään asiakassuhteen hoitamiseksi ja laskutusta varten. ';
    const files = {
      'big.txt': `Rekisterinpitäjä\n\n${`${para.repeat(8)}\n\n`.repeat(5000)}`,
      'big.md': `# Rekisterinpitäjä\n\n${`## Kohta\n\n- ${para.repeat(8)}\n\n`.repeat(5000)}`,
      'big.html': `<!doctype html><html><body>${`<h2>Kohta</h2><p>${para.repeat(8)}</p>`.repeat(5000)}</body></html>`,
    };
    for (const [name, text] of Object.entries(files)) {
      const file = join(dir, name);
      writeFileSync(file, text);
      expect(text.length).toBeGreaterThan(3_000_000);
      const stopped = await read(file, 1);
      expect(stopped.error?.code, name).toBe('timeout');
      const ok = await read(file, 120_000);
      expect(ok.extracted?.format, name).toBe(name === 'big.txt' ? 'text' : name === 'big.md' ? 'markdown' : 'html');
      expect(ok.elapsedMs).toBeGreaterThan(0);
    }
  }, 120_000);

  it('HTML under another name is read as HTML: the reader is loaded when the bytes say HTML (a fresh process)', async () => {
    writeFileSync(
      join(dir, 'page.txt'),
      '<!doctype html><html><body><h1>Rekisterinpitäjä</h1><p>Esimerkki Oy</p></body></html>',
    );
    const r = await seloste(['lint', '-f', 'json', 'page.txt'], { cwd: dir });
    expect(r.stderr).toContain('page.txt'); // the extension warning
    expect((JSON.parse(r.stdout) as { files: { format: string }[] }).files[0].format).toBe('html');
  }, 60_000);
});

describe("diff and compare: each notice's work is under the limit", () => {
  it('diffNotices throws the slow notice\'s "timeout"', async () => {
    const err = await diffNotices(join(dir, 'evil.txt'), seed('001'), {
      config: EVIL_CONFIG,
      lang: 'en',
      timeoutMs: SHORT,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableInputError);
    expect((err as UnreadableInputError).code).toBe('timeout');
    expect((err as UnreadableInputError).reason.en).toContain('took longer than 1.5 s');
  });

  it('compareNotices lists the slow notice as unreadable and compares the rest', async () => {
    const comparison = await compareNotices([seed('001'), join(dir, 'evil.txt'), seed('002')], {
      config: EVIL_CONFIG,
      lang: 'en',
      timeoutMs: ROOMY,
    });
    expect(comparison.unreadable).toEqual([
      { file: join(dir, 'evil.txt'), reason: expect.stringContaining('took longer than') },
    ]);
    expect(comparison.notices.map((n) => n.file)).toEqual([seed('001'), seed('002')]);
  });

  it('end to end: seloste diff says which notice was too slow and exits 2', async () => {
    const r = await seloste(['diff', '--config', 'phrase-short.yaml', 'evil.txt', seed('001')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      `seloste: evil.txt: tiedoston lukeminen kesti yli ${String(SHORT / 1000).replace('.', ',')} s ja keskeytettiin; rajaa voi nostaa valitsimella --timeout <s> (0: ei rajaa)`,
    );
    expect(r.stdout).toBe('');
  }, 60_000);

  it('end to end: seloste compare reports the slow notice, compares the others, exits 2', async () => {
    const r = await seloste(
      ['compare', '--lang', 'en', '--config', 'phrase.yaml', '-f', 'json', seed('001'), 'evil.txt', seed('002')],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `seloste: evil.txt: reading the file took longer than ${ROOMY / 1000} s and was stopped; raise the limit with --timeout <seconds> (0: none)\n`,
    );
    const out = JSON.parse(r.stdout) as { notices: { file: string }[]; unreadable: { file: string }[] };
    expect(out.notices.map((n) => n.file)).toEqual([seed('001'), seed('002')]);
    expect(out.unreadable.map((u) => u.file)).toEqual(['evil.txt']);
  }, 60_000);
});

describe('an over-large --timeout', () => {
  it('is clamped to what timers accept: a PDF and a text are read, with no TimeoutOverflowWarning', async () => {
    const r = await seloste([
      'lint',
      '--timeout',
      '99999999999',
      '-f',
      'json',
      join(REPO, 'fixtures/docs/000_tietosuojaseloste_headings.pdf'),
      seed('000'),
    ]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { files: { format: string | null }[] };
    expect(report.files.map((f) => f.format)).toEqual(['pdf', 'text']);
    const inProcess = await lintFiles([seed('000')], { config: false, timeoutMs: 1e15 });
    expect(inProcess.unreadable).toBe(0);
  }, 60_000);
});
