/**
 * Which notices share a template. Each notice becomes the set of its word 3-grams
 * (normalised words, so layout and markup do not count); two notices' similarity is
 * the Jaccard index of their sets. Two notices written from one template keep long
 * runs of identical wording even where their details differ; two independent
 * notices share only short stock phrases.
 */

const N = 3;

function shingles(keys: string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + N <= keys.length; i++) set.add(keys.slice(i, i + N).join(' '));
  if (keys.length > 0 && keys.length < N) set.add(keys.join(' '));
  return set;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}

/**
 * One row and one column per notice, 0..1, rounded to 2 decimals. Each notice's 3-grams
 * become a sorted list of small integers (one number per distinct 3-gram over all the
 * notices), so each pair is one linear merge of two typed arrays, and each pair is
 * computed once: 200 notices are 19,900 merges.
 */
export function similarityMatrix(texts: string[][]): number[][] {
  const ids = new Map<string, number>();
  const sets = texts.map((keys) => {
    const list: number[] = [];
    for (const sh of shingles(keys)) {
      let id = ids.get(sh);
      if (id === undefined) ids.set(sh, (id = ids.size));
      list.push(id);
    }
    return Int32Array.from(list).sort();
  });
  const n = sets.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const x = Math.round(jaccardSorted(sets[i], sets[j]) * 100) / 100;
      m[i][j] = x;
      m[j][i] = x;
    }
  }
  return m;
}

/** Jaccard index of two sorted lists of distinct integers. */
function jaccardSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** Groups of two or more notices linked by similarity ≥ threshold (connected components). */
export function templateGroups(matrix: number[][], threshold: number): number[][] {
  const n = matrix.length;
  const group = new Array<number>(n).fill(-1);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (group[i] !== -1) continue;
    const members = [i];
    group[i] = i;
    for (let k = 0; k < members.length; k++) {
      for (let j = 0; j < n; j++) {
        if (group[j] === -1 && matrix[members[k]][j] >= threshold) {
          group[j] = i;
          members.push(j);
        }
      }
    }
    if (members.length > 1) groups.push(members.sort((a, b) => a - b));
  }
  return groups;
}
