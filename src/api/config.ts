/**
 * The user's configuration (SPEC §7): found upward from the working directory
 * (seloste.config.yaml, .selosterc.json, or a "seloste" key in package.json) or
 * given with --config; validated with zod so that an unknown key or a bad value
 * stops with a message that names it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z as Z } from 'zod';
import { ConfigError, UnreadableInputError, type Lang } from '../model/errors.js';
import { oneLine } from '../util/terminal.js';
import { readRegularText } from './files.js';
import type { SeverityLevel } from '../model/finding.js';
import { once, yaml, zod } from '../util/lazy-deps.js';
import { formatPath } from '../util/zod-issues.js';
import type { IngestOptions } from '../ingest/index.js';
import type { LintSettings } from '../rules/engine.js';
import { inBoth } from '../report/messages/index.js';

// Built on first use: a run without a config file never loads zod.
export const configSchema = once(() => {
  const z = zod();
  const Severity = z.enum(['error', 'warning', 'info', 'off']);
  const RuleSetting = z.union([
    Severity,
    z
      .object({
        severity: Severity.optional(),
        /** phrases added to the rule (own placeholders, outdated names …) */
        phrases: z.array(z.string().min(1)).optional(),
        options: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
  ]);
  return z
    .object({
      pack: z.string().default('fi-gdpr'),
      lang: z.enum(['fi', 'en']).optional(),
      // `rules:` with nothing under it (the starter config's examples all commented out) is empty
      rules: z
        .record(z.string(), RuleSetting)
        .nullish()
        .transform((v) => v ?? {}),
      /** words accepted as correct by the spelling rules (company names, approved terms) */
      accept: z
        .array(z.string().min(1))
        .nullish()
        .transform((v) => v ?? []),
      /** paths or globs left out of folder and glob expansion */
      ignore: z
        .array(z.string().min(1))
        .nullish()
        .transform((v) => v ?? []),
      /** what one input may cost before it is reported unreadable (SPEC §2) */
      limits: z
        .object({
          maxFileMB: z.number().positive().optional(),
          /** text one document may hold once read (memory follows it) */
          maxTextMB: z.number().positive().optional(),
          maxPages: z.number().int().positive().optional(),
          maxDocxUncompressedMB: z.number().positive().optional(),
          maxDocxEntries: z.number().int().positive().optional(),
          /** per document; 0 turns the limit off */
          timeoutSeconds: z.number().nonnegative().optional(),
        })
        .strict()
        .nullish()
        .transform((v) => v ?? {}),
    })
    .strict();
});

export type Config = Z.infer<ReturnType<typeof configSchema>> & { file: string | null };

/** A config as a program gives it (every key optional), the same keys as seloste.config.yaml. */
export type ConfigInput = Partial<Omit<Config, 'file'>>;

/** What the schema's defaults give for an empty config, without loading zod. */
export const CONFIG_DEFAULTS: Omit<Config, 'file'> = { pack: 'fi-gdpr', rules: {}, accept: [], ignore: [], limits: {} };

const NAMES = ['seloste.config.yaml', 'seloste.config.yml', '.selosterc.json', 'package.json'];

export function findConfig(from: string): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      if (name !== 'package.json') return file;
      try {
        if (JSON.parse(readRegularText(file)).seloste) return file;
      } catch {
        /* a broken package.json is not ours to judge */
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The config file, read only when it is a regular file under 10 MB (a FIFO or a device
 * given to --config is refused, not waited on). `lang` is the language of the messages
 * (from --lang; the config's own `lang` is not known before it is read).
 */
export function loadConfig(explicit: string | undefined, cwd: string, lang: Lang = 'fi'): Config {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { ...CONFIG_DEFAULTS, file: null };
  let raw: unknown;
  let text: string;
  try {
    text = readRegularText(file);
  } catch (err) {
    const e = err as UnreadableInputError;
    const why = e.code === 'not-found' ? inBoth((m) => m.io.configNotFound) : e.reason;
    throw new ConfigError(`${oneLine(file)}: ${why[lang]}`);
  }
  try {
    raw = file.endsWith('package.json')
      ? JSON.parse(text).seloste
      : file.endsWith('.json')
        ? JSON.parse(text)
        : yaml().parse(text);
  } catch (err) {
    throw new ConfigError(`${oneLine(file)}: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = configSchema().safeParse(raw ?? {});
  if (!parsed.success) throw new ConfigError(`${file}: ${configIssues(parsed.error, raw, lang)}`);
  return { ...parsed.data, file };
}

const SEVERITIES = 'error, warning, info, off';

/**
 * A config problem in the user's language, naming the key and what it may be: "lang: arvo
 * "xx" ei kelpaa (sallitut: fi, en)", "rules.text/typo: … (sallitut: error, warning, info,
 * off tai { severity, phrases, options })".
 */
function configIssues(error: Z.ZodError, raw: unknown, lang: Lang): string {
  const fi = lang === 'fi';
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? formatPath(issue.path) : fi ? '(ylin taso)' : '(top level)';
      const given = valueAt(raw, issue.path);
      const shown = given === undefined ? '' : ` ${JSON.stringify(given)}`;
      let what: string;
      if (issue.path[0] === 'rules' && issue.path.length === 2 && issue.code === 'invalid_union') {
        what = fi
          ? `arvo${shown} ei kelpaa (sallitut: ${SEVERITIES} tai { severity, phrases, options })`
          : `value${shown} is not allowed (allowed: ${SEVERITIES} or { severity, phrases, options })`;
      } else if (issue.code === 'invalid_value') {
        const allowed = (issue as { values: unknown[] }).values.map(String).join(', ');
        what = fi
          ? `arvo${shown} ei kelpaa (sallitut: ${allowed})`
          : `value${shown} is not allowed (allowed: ${allowed})`;
      } else if (issue.code === 'unrecognized_keys') {
        const keys = (issue as { keys: string[] }).keys.join(', ');
        const known =
          issue.path.length === 0
            ? 'pack, lang, rules, accept, ignore, limits'
            : issue.path[0] === 'limits'
              ? 'maxFileMB, maxTextMB, maxPages, maxDocxUncompressedMB, maxDocxEntries, timeoutSeconds'
              : 'severity, phrases, options';
        what = fi ? `tuntematon avain ${keys} (sallitut: ${known})` : `unknown key ${keys} (allowed: ${known})`;
      } else if (issue.code === 'invalid_type') {
        const expected = String((issue as { expected: string }).expected);
        what = fi
          ? `odotettiin tyyppiä ${expected}, annettiin${shown || ' ei mitään'}`
          : `expected ${expected}, got${shown || ' nothing'}`;
      } else {
        what = `${issue.message}${shown ? ` (${shown.trim()})` : ''}`;
      }
      return `${path}: ${what}`;
    })
    .join('; ');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The limit flags of `lint` (each overrides the config's `limits`). */
export interface LimitFlags {
  maxFileSize?: number;
  maxPages?: number;
  timeout?: number;
}

export const DEFAULT_TIMEOUT_SECONDS = 30;
const MB = 1024 * 1024;
/** The longest delay setTimeout accepts. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Config `limits` plus the flags, as src/ingest and src/api/read-batch want them. */
export function toIngestLimits(config: Pick<Config, 'limits'>, flags: LimitFlags = {}): IngestOptions {
  const l = config.limits;
  const out: IngestOptions = {};
  const fileMB = flags.maxFileSize ?? l.maxFileMB;
  if (fileMB !== undefined) out.maxBytes = Math.round(fileMB * MB);
  if (l.maxTextMB !== undefined) out.maxTextBytes = Math.round(l.maxTextMB * MB);
  const pages = flags.maxPages ?? l.maxPages;
  if (pages !== undefined) out.maxPages = pages;
  if (l.maxDocxUncompressedMB !== undefined) out.maxDocxUncompressedBytes = Math.round(l.maxDocxUncompressedMB * MB);
  if (l.maxDocxEntries !== undefined) out.maxDocxEntries = l.maxDocxEntries;
  // Node's timers take at most 2^31 - 1 ms (about 24.8 days); a longer delay would fire at once.
  out.timeoutMs = Math.min(
    Math.round((flags.timeout ?? l.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000),
    MAX_TIMER_MS,
  );
  return out;
}

/** Config plus `--rule id=severity` flags, as the engine wants them. */
export function toSettings(config: Config, ruleFlags: string[], lang: LintSettings['lang'], now: Date): LintSettings {
  const severity = new Map<string, SeverityLevel>();
  const phrases = new Map<string, string[]>();
  const options = new Map<string, Record<string, unknown>>();
  for (const [id, setting] of Object.entries(config.rules)) {
    if (typeof setting === 'string') severity.set(id, setting);
    else {
      if (setting.severity) severity.set(id, setting.severity);
      if (setting.phrases) phrases.set(id, setting.phrases);
      if (setting.options) options.set(id, setting.options);
    }
  }
  for (const flag of ruleFlags) {
    const m = /^([^=]+)=(error|warning|info|off)$/.exec(flag);
    if (!m) throw new ConfigError(`--rule ${flag}: expected <rule-id>=error|warning|info|off`);
    severity.set(m[1], m[2] as SeverityLevel);
  }
  return {
    lang,
    now,
    severity,
    phrases,
    options,
    acceptedWords: new Set(config.accept.map((w) => w.toLowerCase())),
  };
}

/**
 * A pack given as a path: each rule file is checked to be a regular file of a sane
 * size before src/rules/pack.ts reads it (a FIFO named *.yaml must not hang the run).
 */
export function checkPackFiles(pack: string, lang: Lang): void {
  if (!/[\\/]/.test(pack)) return; // a built-in pack
  let names: string[];
  try {
    names = readdirSync(pack).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    return; // loadPack says the pack is not found
  }
  for (const name of names) {
    const file = join(pack, name);
    try {
      readRegularText(file);
    } catch (err) {
      if (err instanceof UnreadableInputError) throw new ConfigError(`${file}: ${err.reason[lang]}`);
      throw err;
    }
  }
}
