import type { Extracted, Notice } from '../model/notice.js';
import { computeLineStarts } from '../util/position.js';
import { timed } from '../util/timing.js';
import { loadCatalogue, type Catalogue } from './catalogue.js';
import { HeadingMatcher } from './heading-matcher.js';
import { ConceptClassifier } from './concepts.js';
import { segmentText, type Classifiers } from './segmenter.js';

export { loadCatalogue, sectionName, type Catalogue } from './catalogue.js';
export { HeadingMatcher } from './heading-matcher.js';
export { ConceptClassifier } from './concepts.js';

const classifiers = new WeakMap<Catalogue, Classifiers>();

function classifiersFor(cat: Catalogue): Classifiers {
  let c = classifiers.get(cat);
  if (!c) classifiers.set(cat, (c = { matcher: new HeadingMatcher(cat), concepts: new ConceptClassifier(cat) }));
  return c;
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
    segments: timed('(segmenting)', () => segmentText(extracted, lineStarts, classifiersFor(catalogue))),
    warnings: extracted.warnings,
  };
}
