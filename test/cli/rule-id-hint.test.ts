/** A mistyped rule id in --rule or in the config names the closest known one, in the user's language (in process: `cli`, the CLI's own main). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED, cli } from './run.js';

describe('a mistyped rule id', () => {
  it('in --rule: exit 2 with the closest id, Finnish by default and English with --lang en', async () => {
    const fi = await cli(['lint', '--rule', 'retension/no-period=off', SEED['003']]);
    expect(fi.code).toBe(2);
    expect(fi.stderr.trim()).toBe(
      'seloste: --rule retension/no-period: unknown rule id (tarkoititko retention/no-period?)',
    );
    const en = await cli(['lint', '--lang', 'en', '--rule', 'retension/no-period=off', SEED['003']]);
    expect(en.stderr).toContain('(did you mean retention/no-period?)');
  });
  it('in the config: the file, the key and the closest id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-hint-'));
    const cfg = join(dir, 'seloste.config.yaml');
    writeFileSync(cfg, 'rules:\n  text/plaseholder: off\n');
    const r = await cli(['lint', '--config', cfg, SEED['003']]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${cfg}: rules.text/plaseholder: unknown rule id (tarkoititko text/placeholder?)`);
  });
  it('an id far from every rule gets no guess', async () => {
    const r = await cli(['lint', '--rule', 'zzzz/qqqq=off', SEED['003']]);
    expect(r.stderr).toContain('unknown rule id (seloste rules lists them)');
  });
});

describe("config errors in the user's language, naming what is allowed", () => {
  const run = async (yaml: string, lang: string[] = []) => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-cfg-'));
    const cfg = join(dir, 'seloste.config.yaml');
    writeFileSync(cfg, yaml);
    const r = await cli([...lang, 'lint', '--config', cfg, SEED['003']]);
    return { ...r, cfg };
  };
  it('a bad value names the allowed ones; an unknown key the known ones; exit 2', async () => {
    const lang = await run('lang: xx\n');
    expect(lang.code).toBe(2);
    expect(lang.stderr.trim()).toBe(`seloste: ${lang.cfg}: lang: arvo "xx" ei kelpaa (sallitut: fi, en)`);
    const sev = await run('rules:\n  text/typo: hmm\n');
    expect(sev.stderr).toContain(
      'rules.text/typo: arvo "hmm" ei kelpaa (sallitut: error, warning, info, off tai { severity, phrases, options })',
    );
    const key = await run('lmits: {}\n');
    expect(key.stderr).toContain('tuntematon avain lmits (sallitut: pack, lang, rules, accept, ignore, limits)');
    const en = await run('lang: xx\n', ['--lang', 'en']);
    expect(en.stderr).toContain('lang: value "xx" is not allowed (allowed: fi, en)');
  });
});
