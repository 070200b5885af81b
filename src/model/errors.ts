export type Lang = 'fi' | 'en';

/** Why an input could not be read. The codes are stable; tests and JSON can rely on them. */
export type UnreadableCode =
  | 'not-found'
  | 'not-a-file'
  | 'read-error'
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
