/**
 * A linear-time check that an XML part of a DOCX is well formed (tags nest and close,
 * one root). Word refuses such a file too; checking first matters because mammoth's
 * XML parser (xmldom) recovers from some errors by building a document quadratically:
 * a 350 KB styles.xml with one broken tag takes seconds before it fails anyway.
 */
const TOKEN =
  /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|![^>]*>|\?[\s\S]*?\?>|(\/?)([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>)/g;

export function isWellFormedXml(xml: string): boolean {
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (xml.slice(last, m.index).includes('<')) return false;
    last = TOKEN.lastIndex;
    const name = m[2];
    if (name === undefined) continue; // comment, CDATA, declaration, processing instruction
    if (m[1]) {
      if (m[4] || stack.pop() !== name) return false;
    } else {
      if (stack.length === 0) roots++;
      if (!m[4]) stack.push(name);
      if (!/^\s*$|^\s+[^\s=]+\s*=\s*(?:"[^"<]*"|'[^'<]*')(?:\s+[^\s=]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/.test(m[3]))
        return false;
    }
  }
  return stack.length === 0 && roots === 1 && !xml.slice(last).includes('<');
}
