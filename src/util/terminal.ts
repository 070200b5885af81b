/**
 * Text that reaches a terminal: a notice or a file name must not be able to move the
 * cursor, clear the screen, retitle the window or forge a second line of output.
 * C0 and C1 control characters (and DEL) are shown as escapes (`\x1b`), never sent raw.
 */

// C0 except TAB and LF, DEL, C1; bidi overrides and isolates are invisible reorderings.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Multi-line text for a terminal: line breaks and tabs stay, every other control character is escaped. */
export function safeText(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** One line for a terminal (a file name, a message, an excerpt): line breaks are escaped too. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, escape);
}

const SGR = /\u001b\[[0-9;]*m/g;

/**
 * A last guard on what goes to a terminal: seloste's own colour codes (SGR) stay,
 * every other control character is escaped (line breaks and tabs stay).
 */
export function terminalGuard(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SGR)) {
    out += safeText(text.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + safeText(text.slice(last));
}
