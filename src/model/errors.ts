export type Lang = 'fi' | 'en';

/** Why an input could not be read. The codes are stable; tests and JSON can rely on them. */
export type UnreadableCode =
  | 'not-found'
  | 'not-a-file'
  | 'read-error'
  | 'no-permission'
  | 'link-loop'
  | 'out-of-memory'
  | 'own-output'
  | 'empty'
  | 'too-large'
  | 'no-text'
  | 'binary'
  | 'doc-binary'
  | 'rtf'
  | 'zip-not-docx'
  | 'docx-damaged'
  | 'docx-too-large'
  | 'pdf-encrypted'
  | 'pdf-damaged'
  | 'pdf-no-text'
  | 'pdf-too-many-pages'
  | 'timeout';

/**
 * An input that could not be read. `reason` holds the plain-language sentence in
 * both languages; the CLI prints `seloste: <path>: <reason[lang]>`. The library
 * error stays in `cause` for --debug.
 */
export class UnreadableInputError extends Error {
  readonly code: UnreadableCode;
  readonly reason: Record<Lang, string>;
  /** The size in bytes, when it was measured (a file refused as too large). */
  size?: number;
  constructor(code: UnreadableCode, reason: Record<Lang, string>, options?: { cause?: unknown }) {
    super(reason.en, options);
    this.name = 'UnreadableInputError';
    this.code = code;
    this.reason = reason;
  }
}

/** A broken config, rule pack or section catalogue: exit 2, naming the file and the key. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * A problem of the command line itself (an empty path, an output that cannot be
 * written, an output that is also an input): one line in the user's language, exit 2.
 */
export class CliError extends Error {
  readonly reason: Record<Lang, string>;
  constructor(reason: Record<Lang, string>, options?: { cause?: unknown }) {
    super(reason.en, options);
    this.name = 'CliError';
    this.reason = reason;
  }
}
