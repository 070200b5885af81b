// A fuzz worker process: builds case i from the index, runs it through the whole lint
// path of the compiled CLI (ingest → segment → rules), and reports how it ended.
// "unreadable" is a good ending (a clear error); any other exception is a crash.
import { loadCorpus, makeCase } from './cases.mjs';

const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const { extract } = await import(dist('ingest/index.js'));
const { buildNotice, loadCatalogue } = await import(dist('segment/index.js'));
const { Linter } = await import(dist('rules/engine.js'));
const { loadPack } = await import(dist('rules/pack.js'));
const { toSettings } = await import(dist('cli/config.js'));

const config = { pack: 'fi-gdpr', rules: {}, accept: [], ignore: [], limits: {}, file: null };
const catalogue = loadCatalogue();
const linter = new Linter(loadPack('fi-gdpr'), catalogue, toSettings(config, [], 'fi', new Date('2025-06-01')));

/** One input through the lint path: 'ok', 'unreadable:<code>', or throws (a crash). */
export async function lintBytes(bytes, name) {
  let extracted;
  try {
    extracted = await extract(bytes, name, { maxBytes: 50 * 1024 * 1024 });
  } catch (err) {
    if (err?.name === 'UnreadableInputError') return `unreadable:${err.code}`;
    throw err;
  }
  const notice = buildNotice(name, extracted, catalogue);
  const findings = linter.lint(notice);
  // What every formatter relies on: positions inside the text.
  for (const f of findings) {
    const [a, b] = f.range;
    if (!(a >= 0 && a <= b && b <= notice.text.length))
      throw new Error(`${f.ruleId}: range ${a}..${b} outside 0..${notice.text.length}`);
    if (!(f.line >= 1 && f.column >= 1)) throw new Error(`${f.ruleId}: line ${f.line} column ${f.column}`);
  }
  return 'ok';
}

if (process.send) {
  const corpus = loadCorpus();
  process.on('message', async ({ seed, i }) => {
    const c = makeCase(corpus, seed, i);
    const t = performance.now();
    let outcome;
    let stack;
    try {
      outcome = await lintBytes(c.bytes, `case${c.ext}`);
    } catch (err) {
      outcome = 'crash';
      stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
    }
    process.send({ i, outcome, stack, ms: performance.now() - t });
  });
  process.send({ ready: true });
}
