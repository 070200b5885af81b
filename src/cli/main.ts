/**
 * The command line: arguments, config, files, exit code. Each command lives in
 * src/cli/commands/; everything they call can be tested without a process.
 */
import { Command, Help, Option } from 'commander';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './context.js';
import { safeText } from '../util/terminal.js';
import { argvLang, commanderFi, finnishTerms, localiseCommands } from './help-fi.js';

/** Runs the CLI and resolves to the exit code (0, 1 or 2). */
export async function main(argv: string[]): Promise<number> {
  // Process-wide settings made before any rule pattern is compiled (e.g. V8 regular
  // expression flags) belong here, first: this line runs before the pack is loaded.
  quietWhenTheReaderLeaves();
  let code = 0;
  const program = new Command('seloste')
    .description('Linter and comparator for Finnish privacy notices (tietosuojaseloste)')
    .version(VERSION)
    .addOption(new Option('--lang <lang>', 'message language').choices(['fi', 'en']))
    .option('--config <file>', 'configuration file (default: found upward from the working directory)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces of internal errors')
    .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout')
    .showHelpAfterError()
    .exitOverride();
  // Help and usage errors in the user's language (Finnish unless --lang en); commander repeats
  // what was typed (an unknown option, a bad value): never raw control characters.
  const fi = argvLang(argv) === 'fi';
  const words = (text: string) => (fi ? commanderFi(text) : text);
  program.configureOutput({
    writeOut: (text) => process.stdout.write(words(text)),
    writeErr: (text) => process.stderr.write(safeText(words(text))),
  });
  if (fi) {
    program.configureHelp({
      subcommandTerm(this: Help, cmd: Command) {
        return finnishTerms(Help.prototype.subcommandTerm.call(this, cmd));
      },
    });
  }
  for (const register of COMMANDS) register(program, (c) => (code = c));
  if (fi) localiseCommands(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (typeof e.exitCode === 'number') return 2; // a usage error, already explained by commander
    throw err;
  }
  return code;
}

/**
 * `seloste lint dir | head -1`: when the reader of stdout (or stderr) goes away, the rest
 * of the output has nowhere to go. That is not an error of the run: no stack trace, and
 * the exit code stays the one the results deserve.
 *
 * The listener is added when the stream is first made, i.e. before anything is written to
 * it: making stderr (a pipe: node:net; a terminal: node:tty) costs 1–3 ms that a run
 * which never writes to it has no use for.
 */
function quietWhenTheReaderLeaves(): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const own = Object.getOwnPropertyDescriptor(process, name);
    const made = own?.get;
    if (!made || !own.configurable) {
      quiet(process[name]);
      continue;
    }
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: own.enumerable,
      get() {
        // Node's own getter from here on: it keeps the stream it made.
        Object.defineProperty(process, name, own);
        return quiet(made.call(process) as NodeJS.WriteStream);
      },
    });
  }
}

function quiet(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (stream.listenerCount('error') > 0) return stream;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    throw err;
  });
  return stream;
}
