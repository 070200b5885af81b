import type { Extracted, Notice } from '../model/notice.js';
import { computeLineStarts } from '../model/position.js';
import { loadCatalogue, type Catalogue } from './catalogue.js';
import { HeadingMatcher } from './heading-matcher.js';
import { segmentText } from './segmenter.js';

export { loadCatalogue, type Catalogue } from './catalogue.js';
export { HeadingMatcher } from './heading-matcher.js';

const matchers = new WeakMap<Catalogue, HeadingMatcher>();

function matcherFor(cat: Catalogue): HeadingMatcher {
  let m = matchers.get(cat);
  if (!m) matchers.set(cat, (m = new HeadingMatcher(cat)));
  return m;
}

/** An extracted text becomes a Notice: the one model every later stage reads. */
export function buildNotice(file: string, extracted: Extracted, catalogue: Catalogue = loadCatalogue()): Notice {
  const lineStarts = computeLineStarts(extracted.text);
  return {
    file,
    format: extracted.format,
    text: extracted.text,
    linePages: extracted.linePages,
    lineStarts,
    segments: segmentText(extracted, lineStarts, matcherFor(catalogue)),
    warnings: extracted.warnings,
  };
}
