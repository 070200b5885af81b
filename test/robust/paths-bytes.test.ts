/**
 * Issue 13: safe with every path and every byte, through the BUILT CLI. What depends on a
 * process of its own runs the bin the way a user (or CI, as root) does: devices and pipes as
 * -o, FIFOs and /dev/zero as inputs (a regression there blocks the reading thread, which must
 * not be the test's), a closed stdout pipe, and other users. Where root hides the problem
 * (permissions), the case also runs as `nobody`: the test drops privileges when it runs as
 * root. The rest runs the CLI's own main in process (`cli`): the same output and exit code.
 */
import { execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, CLEAN, cli, cliJson, lines, REPO, SEED, seloste, sha256, type RunResult } from '../cli/run.js';

const SLOW = { timeout: 120_000 };
const fx = (p: string) => join(REPO, p);
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** The built CLI as another user (`nobody` when this runs as root, else as ourselves). */
function selosteAsUser(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd,
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 30_000,
        encoding: 'utf8',
        ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') reject(new Error(`${args.join(' ')}: ${err.message}\n${stderr}`));
        else resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** No stack trace, no "internal error", no temp file name: one plain line each. */
function expectPlain(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at |internal error|sisäinen virhe|\.tmp\b/);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seloste-13-'));
  chmodSync(dir, 0o755); // `nobody` reads here
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh folder inside `dir`, readable by everyone. */
function sub(name: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true, mode: 0o755 });
  chmodSync(d, 0o755);
  return d;
}

describe('-o never writes over an input', () => {
  it(
    'the same file through the same path, another path, a symbolic link or a hard link: exit 2, the input untouched',
    SLOW,
    async () => {
      const d = sub('same');
      copyFileSync(fx(SEED['003']), join(d, 'same.txt'));
      symlinkSync('same.txt', join(d, 'link.txt'));
      linkSync(join(d, 'same.txt'), join(d, 'hard.txt'));
      const before = sha256(join(d, 'same.txt'));
      for (const out of ['same.txt', './x/../same.txt', join(d, 'same.txt'), 'link.txt', 'hard.txt']) {
        const r = await cli(['--lang', 'en', 'lint', '-o', out, '--format', 'json', 'same.txt'], { cwd: d });
        expect(r.code, out).toBe(2);
        expect(lines(r.stderr), out).toEqual([expect.stringMatching(/^seloste: cannot write .+: it is also an input/)]);
        expect(sha256(join(d, 'same.txt')), out).toBe(before);
      }
    },
  );

  it('text, diff and compare refuse too; a Windows-1252 notice is not rewritten as UTF-8', SLOW, async () => {
    const d = sub('others');
    copyFileSync(fx('fixtures/ingest/windows-1252-crlf.txt'), join(d, 'w.txt'));
    copyFileSync(fx(SEED['003']), join(d, 'd1.txt'));
    copyFileSync(fx(SEED['004']), join(d, 'd2.txt'));
    const sums = () => ['w.txt', 'd1.txt', 'd2.txt'].map((f) => sha256(join(d, f)));
    const before = sums();
    for (const args of [
      ['text', '-o', 'w.txt', 'w.txt'],
      ['sections', '-o', 'd1.txt', 'd1.txt'],
      ['diff', '-o', 'd2.txt', 'd1.txt', 'd2.txt'],
      ['compare', '-o', 'd1.txt', 'd1.txt', 'd2.txt'],
    ]) {
      const r = await cli(args, { cwd: d });
      expect(r.code, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toEqual([
        expect.stringMatching(/^seloste: tiedostoon .+ ei kirjoiteta: se on myös luettava syöte/),
      ]);
    }
    expect(sums()).toEqual(before);
  });
});

describe('-o to a device or a pipe is written directly', () => {
  it(
    '/dev/null stays a device (as root the rename used to replace it) and the exit code is the results’',
    SLOW,
    async () => {
      const r = await seloste(['lint', '-o', '/dev/null', '--format', 'json', fx(SEED['004'])]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('');
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    },
  );

  it('as another user: -o /dev/null and -o /dev/stdout work (no EACCES on a temp file in /dev)', SLOW, async () => {
    const d = sub('user');
    copyFileSync(fx(SEED['004']), join(d, 'n.txt'));
    chmodSync(join(d, 'n.txt'), 0o644);
    const nul = await selosteAsUser(['lint', '-o', '/dev/null', 'n.txt'], d);
    expect(nul.stderr).toBe('');
    expect(nul.code).toBe(1);
    const out = await selosteAsUser(['lint', '-o', '/dev/stdout', '--format', 'json', 'n.txt'], d);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).files[0].file).toBe('n.txt');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('/dev/full: one line "cannot write /dev/full: no space left", exit 2, still a device', SLOW, async () => {
    const r = await seloste(['--lang', 'en', 'lint', '-o', '/dev/full', fx(CLEAN)]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['seloste: cannot write /dev/full: no space left on the device']);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a named pipe gets the report', SLOW, async () => {
    const d = sub('fifo-out');
    const fifo = join(d, 'out.fifo');
    await new Promise<void>((res, rej) => execFile('mkfifo', [fifo], (e) => (e ? rej(e) : res())));
    const reader = new Promise<string>((res) => {
      const cat = spawn('cat', [fifo]);
      let text = '';
      cat.stdout.on('data', (c) => (text += c));
      cat.on('close', () => res(text));
    });
    const r = await seloste(['lint', '-o', fifo, '--format', 'json', fx(CLEAN)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(await reader).summary.files).toBe(1);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('other -o failures are one plain line naming the path', () => {
  it('a missing folder is made', SLOW, async () => {
    const d = sub('mk');
    const r = await cli(['lint', '-o', 'a/b/c/report.json', '--format', 'json', fx(CLEAN)], { cwd: d });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'a/b/c/report.json'), 'utf8')).summary.files).toBe(1);
  });

  it('an existing folder: "the path is a folder"', SLOW, async () => {
    const d = sub('isdir');
    const r = await cli(['--lang', 'en', 'lint', '-o', d, fx(CLEAN)]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`seloste: cannot write ${d}: the path is a folder, not a file`]);
  });

  it(
    'a read-only folder (as another user: root may write anywhere): "permission denied", no temp file named',
    SLOW,
    async () => {
      const d = sub('ro');
      copyFileSync(fx(CLEAN), join(d, 'n.txt'));
      chmodSync(join(d, 'n.txt'), 0o644);
      chmodSync(d, 0o555);
      const r = await selosteAsUser(['--lang', 'en', 'lint', '-o', 'r.json', 'n.txt'], d);
      expect(r.code).toBe(2);
      expectPlain(r.stderr);
      expect(lines(r.stderr)).toEqual(['seloste: cannot write r.json: permission denied']);
    },
  );

  it('-o "" (an unset variable) is a usage error', SLOW, async () => {
    const r = await cli(['--lang', 'en', 'lint', '-o', '', fx(CLEAN)]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^seloste: -o\/--output: an empty path/)]);
  });
});

describe('a report seloste wrote is never linted as a notice', () => {
  it('lint -o notices/report.html notices: the second run gives the same answer, with a note', SLOW, async () => {
    const d = sub('reports');
    mkdirSync(join(d, 'notices'));
    copyFileSync(fx(CLEAN), join(d, 'notices/a.txt'));
    const first = await cli(['lint', '-o', 'notices/report.html', '--format', 'html', 'notices'], { cwd: d });
    expect(first.code).toBe(0);
    const second = await cli(['lint', '-o', 'notices/report.html', '--format', 'html', 'notices'], { cwd: d });
    expect(second.code).toBe(0);
    expect(lines(second.stderr)).toEqual([
      expect.stringMatching(/^seloste: notices\/report\.html: seloste on kirjoittanut tämän tiedoston itse/),
    ]);
    // and by content, whatever its name: JSON, SARIF and JUnit reports named on the command line
    for (const format of ['json', 'sarif', 'junit']) {
      await cli(['lint', '-o', `r.${format}.txt`, '--format', format, 'notices/a.txt'], { cwd: d });
      const r = await cliJson(['--lang', 'en', `r.${format}.txt`, 'notices/a.txt'], { cwd: d });
      expect(r.code, format).toBe(0);
      expect(
        r.report.files.map((f) => f.file),
        format,
      ).toEqual(['notices/a.txt']);
      expect(lines(r.stderr), format).toEqual([
        `seloste: r.${format}.txt: a report that seloste wrote itself, not a notice: skipped`,
      ]);
    }
  });
});

describe('every file seloste reads is a regular file within a limit', () => {
  it(
    'a FIFO or /dev/zero as --baseline or --config: exit 2 at once, one line (no hang, no growing memory)',
    SLOW,
    async () => {
      const d = sub('fifo-in');
      const fifo = join(d, 'in.fifo');
      await new Promise<void>((res, rej) => execFile('mkfifo', [fifo], (e) => (e ? rej(e) : res())));
      for (const args of [
        ['--baseline', fifo],
        ['--baseline', '/dev/zero'],
        ['--config', fifo],
        ['--config', '/dev/zero'],
      ]) {
        const t0 = Date.now();
        const r = await seloste(['--lang', 'en', 'lint', ...args, fx(CLEAN)]);
        expect(r.code, args.join(' ')).toBe(2);
        expect(lines(r.stderr), args.join(' ')).toEqual([expect.stringMatching(/regular file/)]);
        expect(Date.now() - t0).toBeLessThan(10_000);
      }
      // and as an input
      const r = await seloste(['--lang', 'en', 'lint', fifo, '/dev/zero']);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toHaveLength(2);
    },
  );

  it('a FIFO as a rule file of a pack, or as .selosteignore, does not hang the run', SLOW, async () => {
    const d = sub('fifo-pack');
    mkdirSync(join(d, 'pack'));
    await new Promise<void>((res, rej) =>
      execFile('mkfifo', [join(d, 'pack/a.yaml'), join(d, '.selosteignore')], (e) => (e ? rej(e) : res())),
    );
    writeFileSync(join(d, 'seloste.config.yaml'), 'pack: ./pack\n');
    const r = await seloste(['--lang', 'en', 'lint', fx(CLEAN)], { cwd: d });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^seloste: pack\/a\.yaml: the path is not a regular file/)]);
    writeFileSync(join(d, 'seloste.config.yaml'), 'lang: en\n');
    mkdirSync(join(d, 'n'));
    copyFileSync(fx(CLEAN), join(d, 'n/a.txt'));
    const ignore = await seloste(['lint', 'n'], { cwd: d });
    expect(ignore.code).toBe(0);
  });

  it('a .json baseline that does not parse, or is not a report (null), is an error, not a notice', SLOW, async () => {
    const d = sub('badbase');
    writeFileSync(join(d, 'garbage.json'), 'garbage {{{');
    writeFileSync(join(d, 'null.json'), 'null');
    writeFileSync(join(d, 'null.txt'), 'null\n');
    for (const b of ['garbage.json', 'null.json', 'null.txt']) {
      const r = await cli(['--lang', 'en', 'lint', '--baseline', b, fx(SEED['004'])], { cwd: d });
      expect(r.code, b).toBe(2);
      expect(lines(r.stderr), b).toEqual([
        expect.stringMatching(new RegExp(`^seloste: ${b.replace('.', '\\.')}: not a seloste report`)),
      ]);
      expect(r.stdout, b).toBe('');
    }
  });
});

describe('encodings: one stray byte does not turn a notice into mojibake', () => {
  const variants: [string, (b: Buffer) => Buffer][] = [
    ['a stray 0xFF', (b) => splice(b, b.indexOf('.\n', b.length >> 1) + 1, [0xff])],
    ['C3 28', (b) => splice(b, b.indexOf('.\n', b.length >> 1) + 1, [0xc3, 0x28])],
    ['a character cut at the end', (b) => Buffer.concat([b, Buffer.from([0xc3])])],
  ];
  const splice = (b: Buffer, at: number, bytes: number[]) =>
    Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at)]);
  const key = (r: Awaited<ReturnType<typeof cliJson>>) =>
    r.report.files[0].findings.map((f) => [f.ruleId, f.line, f.column, f.section, f.message]);

  it.each(variants)(
    '%s: the same findings as without it (sections too), plus one warning line',
    SLOW,
    async (_name, damage) => {
      const d = sub(`enc-${_name.replace(/\W/g, '')}`);
      for (const seed of [CLEAN, SEED['003']]) {
        const bytes = readFileSync(fx(seed));
        writeFileSync(join(d, 'ok.txt'), bytes);
        writeFileSync(join(d, 'bad.txt'), damage(bytes));
        const ok = await cliJson(['ok.txt'], { cwd: d });
        const bad = await cliJson(['bad.txt'], { cwd: d });
        expect(key(bad), seed).toEqual(key(ok));
        expect(lines(bad.stderr), seed).toEqual([
          expect.stringMatching(
            /^seloste: bad\.txt: varoitus: \d+ tavu.* ei ollut kelvollista UTF-8:aa ja korvattiin merkillä �$/,
          ),
        ]);
        const okSections = JSON.parse((await cli(['sections', '--format', 'json', 'ok.txt'], { cwd: d })).stdout)
          .segments.length;
        const badSections = JSON.parse((await cli(['sections', '--format', 'json', 'bad.txt'], { cwd: d })).stdout)
          .segments.length;
        expect(badSections, seed).toBe(okSections);
        expect((await cli(['text', 'bad.txt'], { cwd: d })).stdout).toContain('Rekisterinpitäjä');
      }
    },
  );
});

describe('ingest warnings reach the user', () => {
  let d: string;
  beforeAll(() => {
    d = sub('warn');
    const clean = readFileSync(fx(CLEAN));
    writeFileSync(join(d, 'nul.txt'), Buffer.concat([clean, Buffer.from([0, 0])]));
  });

  it('on stderr, one line each, Finnish by default and English with --lang en', SLOW, async () => {
    const fi = await cli(['lint', 'nul.txt'], { cwd: d });
    expect(lines(fi.stderr)).toEqual(['seloste: nul.txt: varoitus: tekstistä poistettiin 2 NUL-tavua']);
    const en = await cli(['--lang', 'en', 'lint', 'nul.txt'], { cwd: d });
    expect(lines(en.stderr)).toEqual(['seloste: nul.txt: warning: dropped 2 NUL bytes from the text']);
  });

  it('in JSON (warnings), SARIF (tool execution notifications) and JUnit (system-err)', SLOW, async () => {
    const json = JSON.parse((await cli(['--lang', 'en', 'lint', '--format', 'json', 'nul.txt'], { cwd: d })).stdout);
    expect(json.files[0].warnings).toEqual(['dropped 2 NUL bytes from the text']);
    const sarif = JSON.parse((await cli(['lint', '--format', 'sarif', 'nul.txt'], { cwd: d })).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'warning', message: { text: 'tekstistä poistettiin 2 NUL-tavua' } }),
    ]);
    const junit = (await cli(['lint', '--format', 'junit', 'nul.txt'], { cwd: d })).stdout;
    expect(junit).toContain('<system-err>varoitus: tekstistä poistettiin 2 NUL-tavua</system-err>');
  });
});

describe('terminal safety', () => {
  let d: string;
  const evil = 'Lisätietoja: Esimerkki Oy \u001b]0;pwned\u0007 \u001b[2J \u001b[8m [asiakkaan nimi] piilossa.\n';
  beforeAll(() => {
    d = sub('tty');
    writeFileSync(join(d, 'evil.txt'), `${readFileSync(fx(SEED['003']), 'utf8')}\n${evil}`);
    writeFileSync(join(d, 'old.txt'), readFileSync(fx(SEED['003'])));
  });

  it(
    'stylish and diff text carry no escape sequence from the notice (with colour: only colour codes)',
    SLOW,
    async () => {
      for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
        const lint = await cli(['lint', 'evil.txt'], { cwd: d, env });
        expect(lint.stdout).toContain('\\x1b]0;pwned\\x07');
        const diff = await cli(['diff', 'old.txt', 'evil.txt'], { cwd: d, env });
        expect(diff.stdout).toContain('\\x1b[2J');
        const github = await cli(['lint', '--format', 'github', 'evil.txt'], { cwd: d, env });
        expect(github.stdout).toContain('\\x1b]0;pwned\\x07');
        for (const out of [lint.stdout, diff.stdout, github.stdout]) {
          expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
          expect(out).not.toContain('\u001b[8m');
        }
      }
    },
  );

  it('a file name with a newline and escapes is one escaped line: no forged second line on stderr', SLOW, async () => {
    const name = 'x\nseloste: forged.txt: kaikki kunnossa\u001b[2J.txt';
    const r = await cli(['lint', name], { cwd: d });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^seloste: x\\nseloste: forged\.txt: kaikki kunnossa\\x1b\[2J\.txt: [^:]+$/),
    ]);
    expect(r.stdout).not.toMatch(/[\u001b]/);
    // what commander repeats of a mistyped option is escaped too
    const opt = await cli(['lint', '--\u001b]0;pwned\u0007', 'x.txt'], { cwd: d });
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("tuntematon valinta '--\\x1b]0;pwned\\x07'");
    expect(opt.stderr).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('text views on a terminal', () => {
  it('seloste text to a terminal shows control characters escaped; to a pipe or file the text is as read', async () => {
    const { writeResult } = await import('../../src/cli/output.js');
    const written: string[] = [];
    const stdout = process.stdout as unknown as { isTTY: boolean; write: (s: string) => boolean };
    const { isTTY, write } = stdout;
    stdout.write = (s: string) => (written.push(s), true);
    try {
      stdout.isTTY = true;
      writeResult('Otsikko \u001b]0;pwned\u0007\u001b[2J\nrivi\tkaksi \u009b31m\n');
      writeResult('\u001b[8mpiilossa\u001b[0m\n'); // no colour asked: even colour codes are shown escaped
      writeResult('\u001b[31mvirhe\u001b[39m \u001b[2J\n', undefined, 'fi', true); // our colours stay, nothing else
      stdout.isTTY = false;
      writeResult('raw \u001b[2J\n');
    } finally {
      stdout.isTTY = isTTY;
      stdout.write = write;
    }
    expect(written).toEqual([
      'Otsikko \\x1b]0;pwned\\x07\\x1b[2J\nrivi\tkaksi \\x9b31m\n',
      '\\x1b[8mpiilossa\\x1b[0m\n',
      '\u001b[31mvirhe\u001b[39m \\x1b[2J\n',
      'raw \u001b[2J\n',
    ]);
  });
});

describe('small CLI edges', () => {
  it('seloste lint "" (an unset shell variable) is a usage error, not the whole working directory', SLOW, async () => {
    for (const args of [
      ['lint', ''],
      ['text', ''],
      ['compare', '', fx(CLEAN)],
      ['lint', '--baseline', '', fx(CLEAN)],
    ]) {
      const r = await cli(['--lang', 'en', ...args]);
      expect(r.code, args.join('|')).toBe(2);
      expect(r.stdout, args.join('|')).toBe('');
      expect(lines(r.stderr), args.join('|')).toEqual([
        expect.stringMatching(/an empty path \(""\): is a shell variable unset\?$/),
      ]);
    }
  });

  it(
    'a closed output pipe (lint dir | head -1) ends quietly with the exit code the results deserve',
    SLOW,
    async () => {
      const d = sub('epipe');
      // far more output than a pipe buffer holds, so the writer meets the closed pipe
      for (let i = 0; i < 120; i++) copyFileSync(fx(SEED['004']), join(d, `n${String(i).padStart(3, '0')}.txt`));
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'lint', '--format', 'json', d], {
          env: { ...process.env, NO_COLOR: '1' },
        });
        let err = '';
        child.stderr.on('data', (c) => (err += c));
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('close', (c) => resolve({ code: c, stderr: err }));
      });
      expect(stderr).toBe('');
      expect(code).toBe(1);
    },
  );

  it('--timeout larger than Node timers accept is not 1 ms: a PDF is read', SLOW, async () => {
    const r = await cliJson(['--timeout', '3000000', fx('fixtures/docs/001_seinajoki_table.pdf')]);
    expect(r.report.summary.unreadable).toBe(0);
    expect(r.report.files[0].format).toBe('pdf');
  });
});

describe('reasons say what happened and name the limit and the flag that raises it', () => {
  it(
    'too large → the size, the limit and --max-file-size; too many pages → the limit and --max-pages',
    SLOW,
    async () => {
      const big = await cli(['--lang', 'en', 'lint', '--max-file-size', '0.001', fx(SEED['003'])]);
      expect(lines(big.stderr)).toEqual([
        expect.stringMatching(
          /too large to check \(0\.007 MB; the limit is 0\.001 MB\); a privacy notice is usually well under 1 MB; raise the limit with --max-file-size <MB>$/,
        ),
      ]);
      const pages = await cli([
        '--lang',
        'en',
        'lint',
        '--max-pages',
        '1',
        fx('fixtures/docs/001_seinajoki_table.pdf'),
      ]);
      expect(lines(pages.stderr)).toEqual([
        expect.stringMatching(/too many pages .*\(the limit is 1 pages\); raise it with --max-pages <n>$/),
      ]);
      const fi = await cli(['lint', '--max-pages', '1', fx('fixtures/docs/001_seinajoki_table.pdf')]);
      expect(fi.stderr).toMatch(/raja 1 sivua\); rajaa voi nostaa valitsimella --max-pages <n>/);
    },
  );

  it('a symbolic link loop is a link loop, not "permissions or a disk error"', SLOW, async () => {
    const d = sub('loop');
    symlinkSync('b.txt', join(d, 'a.txt'));
    symlinkSync('a.txt', join(d, 'b.txt'));
    const r = await cli(['--lang', 'en', 'lint', 'a.txt'], { cwd: d });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['seloste: a.txt: the path is a loop of symbolic links that leads to no file']);
  });
});

describe('a worker that ran out of memory', () => {
  it('is "out of memory", not "too large" (a 60 KB DOCX can exhaust a heap)', SLOW, async () => {
    const { readBatch } = await import('../../src/api/read-batch.js');
    const items = [];
    for await (const item of readBatch([fx('fixtures/docs/001_seinajoki_table.docx')], { workerHeapMB: 4 }))
      items.push(item);
    expect(items[0].error?.code).toBe('out-of-memory');
    expect(items[0].error?.reason.en).toBe(
      'reading the file ran out of memory and was stopped (a damaged or unusually heavy document)',
    );
    expect(items[0].error?.reason.en).not.toMatch(/too large/);
  });
});
