/**
 * A progress bar for batches (SPEC §8): on stderr, only when stderr is a terminal and
 * not in CI, and only for more than one file. Anywhere else (piped, redirected, CI,
 * TERM=dumb) nothing is drawn and a line given to `log` is written straight to stderr,
 * so the one-line problem reports look the same with and without the bar.
 * cli-progress is loaded only when a bar is drawn.
 */
import type { Lang } from '../model/errors.js';

export interface Progress {
  /** One more file done. */
  tick(file: string): void;
  /** A whole line for stderr (no trailing newline needed), printed above the bar. */
  log(line: string): void;
  /** Removes the bar; call before writing the report. */
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
  lang?: Lang;
  /** false: never draw (e.g. --quiet or --no-progress). */
  enabled?: boolean;
}

const CI_VARS = [
  'CI',
  'CONTINUOUS_INTEGRATION',
  'BUILD_NUMBER',
  'RUN_ID',
  'GITHUB_ACTIONS',
  'GITLAB_CI',
  'BUILDKITE',
  'JENKINS_URL',
  'TF_BUILD',
  'TEAMCITY_VERSION',
  'CIRCLECI',
  'TRAVIS',
];

export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return CI_VARS.some((name) => {
    const v = env[name];
    return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  });
}

/** A bar is drawn only for a person watching: a TTY on stderr, not CI, not a dumb terminal. */
export function wantsProgress(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return Boolean(stream.isTTY) && !isCi(env) && env.TERM !== 'dumb';
}

export async function createProgress(total: number, opts: ProgressOptions = {}): Promise<Progress> {
  // process.stderr is asked for only when it is needed: a run that writes nothing there
  // never makes the stream (node:net for a pipe, node:tty for a terminal; src/cli/main.ts).
  const streamOf = () => opts.stream ?? process.stderr;
  const plain: Progress = {
    tick: () => undefined,
    log: (line) => void streamOf().write(line.endsWith('\n') ? line : `${line}\n`),
    stop: () => undefined,
  };
  if (opts.enabled === false || total < 2) return plain;
  const stream = streamOf();
  if (!wantsProgress(stream, opts.env ?? process.env)) return plain;

  const { default: cliProgress } = await import('cli-progress');
  const label = opts.lang === 'en' ? 'Reading' : 'Luetaan';
  const multi = new cliProgress.MultiBar(
    {
      stream,
      format: `${label} {bar} {value}/{total} {file}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: false,
      autopadding: true,
      // Redraw at most ~12 times a second: a batch of text files finishes thousands a second.
      fps: 12,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, { file: '' });
  let stopped = false;
  return {
    tick(file) {
      if (!stopped) bar.increment(1, { file: shorten(file, 40) });
    },
    log(line) {
      if (stopped) plain.log(line);
      else {
        // Drawn now, not at the next redraw, so that it keeps its place among other stderr lines.
        multi.log(line.endsWith('\n') ? line : `${line}\n`);
        multi.update();
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.update();
      multi.stop();
    },
  };
}

function shorten(file: string, max: number): string {
  return file.length <= max ? file : `…${file.slice(file.length - max + 1)}`;
}
