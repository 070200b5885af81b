#!/usr/bin/env node
// Mutation fuzzing of the fixture PDFs, DOCX files and texts through the whole lint path
// (ingest → segment → rules of the compiled dist/), in worker processes with a time
// limit per case. Every input must end in findings or a clear "unreadable" error:
// an exception of any other kind is a crash, a case past the time limit a hang, a
// worker that dies a crash. Those inputs are saved for replay.
//
//   npm run fuzz                         10,000 cases
//   node scripts/fuzz.mjs --cases 300 --seed 7 --timeout 20 --jobs 2 --out DIR
//   node scripts/fuzz.mjs --replay DIR/crash-123.pdf
//
// Exit 0 when nothing crashed or hung, 1 otherwise, 2 on a usage error.
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus, makeCase } from './fuzz/cases.mjs';

let args;
try {
  args = parseArgs({
    options: {
      cases: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '20' },
      jobs: { type: 'string', default: String(availableParallelism()) },
      out: { type: 'string' },
      replay: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  }).values;
} catch (err) {
  console.error(`fuzz: ${err.message}`);
  process.exit(2);
}

if (args.replay) {
  const { lintBytes } = await import('./fuzz/child.mjs');
  const bytes = new Uint8Array(readFileSync(args.replay));
  const name = basename(args.replay).replace(/^[a-z]+-\d+/, 'case');
  const t = performance.now();
  try {
    console.log(`${args.replay}: ${await lintBytes(bytes, name)} (${Math.round(performance.now() - t)} ms)`);
    process.exit(0);
  } catch (err) {
    console.log(`${args.replay}: crash (${Math.round(performance.now() - t)} ms)\n${err?.stack ?? err}`);
    process.exit(1);
  }
}

const total = Number(args.cases);
const seed = Number(args.seed);
const timeoutMs = Number(args.timeout) * 1000;
const jobs = Math.max(1, Number(args.jobs));
if (!(Number.isInteger(total) && total > 0 && Number.isInteger(seed) && timeoutMs > 0)) {
  console.error('fuzz: --cases and --seed must be whole numbers, --timeout seconds > 0');
  process.exit(2);
}
const outDir = args.out ?? join(tmpdir(), `seloste-fuzz-${seed}-${Date.now()}`);
const corpus = loadCorpus();
const log = (s) => args.quiet || process.stderr.write(s);

const outcomes = new Map();
const bad = []; // { kind, i, file, detail }
let next = 0;
let done = 0;
let slowest = { ms: 0, i: -1 };
const started = performance.now();

function save(kind, i, detail) {
  const c = makeCase(corpus, seed, i);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${kind}-${i}${c.ext || '.bin'}`);
  writeFileSync(file, c.bytes);
  writeFileSync(`${file}.txt`, `case ${i} of seed ${seed}: ${c.name} mutated by ${c.ops.join(', ')}\n${detail}\n`);
  bad.push({ kind, i, file, detail: detail.split('\n').slice(0, 3).join(' | ') });
  log(`\n${kind}: case ${i} (${c.name}: ${c.ops.join(', ')}) → ${file}\n  ${detail.split('\n')[0]}\n`);
}

function count(outcome) {
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  done++;
  if (done % 100 === 0 || done === total) {
    const s = (performance.now() - started) / 1000;
    log(`\r${done}/${total} cases, ${s.toFixed(0)} s, ${bad.length} crashes/hangs   `);
  }
}

function worker() {
  return new Promise((resolveWorker) => {
    let child;
    let current = null; // { i, timer }
    let previous = -1; // the case this process answered last: an async error may be its leftover
    const spawn = () => {
      previous = -1;
      child = fork(new URL('./fuzz/child.mjs', import.meta.url), [], {
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        execArgv: ['--max-old-space-size=1024'],
      });
      let printed = '';
      let errText = '';
      child.stdout.on('data', (d) => (printed += d));
      child.stderr.on('data', (d) => (errText = (errText + d).slice(-4000)));
      child.on('message', (m) => {
        if (m.ready) return feed();
        if (!current || m.i !== current.i) return;
        clearTimeout(current.timer);
        const { i } = current;
        current = null;
        previous = i;
        if (m.ms > slowest.ms) slowest = { ms: m.ms, i };
        if (m.outcome === 'crash') save('crash', i, m.stack);
        else if (printed) save('stdout', i, `printed to stdout: ${printed.slice(0, 200)}`);
        printed = '';
        count(m.outcome);
        feed();
      });
      child.on('exit', (code, signal) => {
        if (!current) return;
        clearTimeout(current.timer);
        const { i } = current;
        current = null;
        // Give the last stderr bytes a moment to arrive: they hold the uncaught error.
        setTimeout(() => {
          save(
            'crash',
            i,
            `the worker process died (exit ${code}, ${signal}); its previous case: ${previous}\n${errText}`,
          );
          count('crash');
          spawn();
        }, 100);
      });
    };
    const feed = () => {
      if (next >= total) {
        child.removeAllListeners('exit');
        child.kill();
        return resolveWorker();
      }
      const i = next++;
      current = {
        i,
        timer: setTimeout(() => {
          current = null;
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          save('hang', i, `no answer within ${timeoutMs / 1000} s`);
          count('hang');
          spawn();
        }, timeoutMs),
      };
      child.send({ seed, i });
    };
    spawn();
  });
}

log(
  `fuzz: ${total} cases from ${corpus.length} fixtures, seed ${seed}, ${jobs} processes, ${timeoutMs / 1000} s each\n`,
);
await Promise.all(Array.from({ length: jobs }, worker));
const seconds = (performance.now() - started) / 1000;
log('\n');
const summary = [...outcomes.entries()]
  .sort((a, b) => b[1] - a[1])
  .map(([k, v]) => `${k} ${v}`)
  .join(', ');
console.log(`fuzz: ${done} cases in ${seconds.toFixed(1)} s (seed ${seed}): ${summary}`);
console.log(`fuzz: slowest case ${slowest.i}: ${Math.round(slowest.ms)} ms`);
const crashes = bad.filter((b) => b.kind !== 'hang').length;
const hangs = bad.filter((b) => b.kind === 'hang').length;
console.log(`fuzz: ${crashes} crashes, ${hangs} hangs${bad.length ? ` — inputs saved in ${outDir}` : ''}`);
for (const b of bad)
  console.log(`  ${b.kind} ${b.file}: ${b.detail}\n    replay: node scripts/fuzz.mjs --replay ${b.file}`);
process.exit(bad.length ? 1 : 0);
