/**
 * What every HTML page seloste writes shares (the lint report, the diff redline, the
 * compare report): one escape for document text and one page shell, so the three pages
 * escape alike and carry the same security policy.
 */

const ESCAPES: Record<string, string> = {
  '\u0000': '\uFFFD',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and attribute values. NUL becomes U+FFFD, as an HTML
 * parser would make it anyway (a raw NUL is a parse error). One pass: a 50 MB notice is
 * copied once, not six times.
 */
export function esc(s: string): string {
  return s.replace(/[\u0000&<>"']/g, (c) => ESCAPES[c]);
}

export interface PageShell {
  lang: string;
  /** the page title, as text (escaped here) */
  title: string;
  /** the page's own style sheet, inline: a report is one file with no external asset */
  css: string;
  /**
   * An empty icon (`data:,`, allowed by the policy): served over HTTP, a browser then
   * asks for no /favicon.ico. The lint report has it; the diff and compare reports do
   * not yet (their tests forbid any <link>).
   */
  icon?: boolean;
}

/**
 * Everything before the body's content, ending with `<body>\n`. No script and nothing
 * loaded from elsewhere: the Content-Security-Policy forbids both.
 */
export function pageStart({ lang, title, css, icon = false }: PageShell): string {
  const policy = `default-src 'none'; style-src 'unsafe-inline'${icon ? '; img-src data:' : ''}`;
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
${icon ? '<link rel="icon" href="data:,">\n' : ''}<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
`;
}

/** What closes the page after the body's content. */
export const PAGE_END = '\n</body>\n</html>\n';

/** A whole page around its body, for a renderer that makes one string. */
export function page(shell: PageShell, body: string): string {
  return `${pageStart(shell)}${body}${PAGE_END}`;
}
