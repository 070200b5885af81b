/**
 * The command line speaks Finnish by default: --help and commander's usage errors; English with --lang en.
 * `seloste lint --help` end to end through the built bin; the rest in process (`cli`, the CLI's own main).
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { HELP_FI } from '../../src/cli/help-fi.js';
import { SEED, cli, seloste } from './run.js';

describe('--help in Finnish', () => {
  it('every command, option and argument of every command has its Finnish help text', () => {
    const program = new Command('seloste');
    for (const register of COMMANDS) register(program, () => {});
    const missing: string[] = [];
    for (const cmd of program.commands) {
      if (!HELP_FI[cmd.description()]) missing.push(`${cmd.name()}: ${cmd.description()}`);
      for (const opt of cmd.options)
        if (!HELP_FI[opt.description]) missing.push(`${cmd.name()} ${opt.flags}: ${opt.description}`);
      for (const arg of cmd.registeredArguments)
        if (arg.description && !HELP_FI[arg.description]) missing.push(`${cmd.name()} ${arg.name()}`);
    }
    expect(missing).toEqual([]);
  });

  it('seloste lint --help is in Finnish, with its columns aligned; --lang en keeps English', async () => {
    const fi = await seloste(['lint', '--help']);
    expect(fi.code).toBe(0);
    expect(fi.stdout).toMatch(/^Käyttö: seloste lint \[valinnat\] <paths\.\.\.>/);
    expect(fi.stdout).toContain('Valinnat:');
    expect(fi.stdout).toContain('tarkista selosteet');
    expect(fi.stdout).not.toMatch(/Usage:|Options:|display help/);
    // the descriptions of the commands start in one column although "[valinnat]" is longer than "[options]"
    const top = await cli(['--help']);
    const columns = top.stdout
      .split('\n')
      .filter((l) => /^ {2}(lint|text|sections|diff|compare) /.test(l))
      .map((l) => /^ {2}\S.*?\S {2,}(?=\S)/.exec(l)![0].length);
    expect(columns).toHaveLength(5);
    expect(new Set(columns).size).toBe(1);
    const en = await cli(['--lang', 'en', 'lint', '--help']);
    expect(en.stdout).toMatch(/^Usage: seloste lint \[options\]/);
  });
});

describe('usage errors in Finnish', () => {
  it('an unknown option, a bad choice and a missing argument; exit 2', async () => {
    const opt = await cli(['lint', '--formatt', 'x', SEED['003']]);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/^virhe: tuntematon valinta '--formatt'\n\(Tarkoititko --format\?\)/);
    const choice = await cli(['lint', '--format', 'xx', SEED['003']]);
    expect(choice.stderr).toMatch(
      /^virhe: valinnan '-f, --format <format>' arvo 'xx' ei kelpaa\. Sallitut arvot: stylish, json/,
    );
    const arg = await cli(['diff', SEED['003']]);
    expect(arg.stderr).toMatch(/^virhe: pakollinen argumentti 'new' puuttuu/);
    const en = await cli(['--lang', 'en', 'lint', '--formatt', 'x', SEED['003']]);
    expect(en.stderr).toMatch(/^error: unknown option '--formatt'/);
  });
});
