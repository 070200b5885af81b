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

/** One row and one column per notice, 0..1, rounded to 2 decimals. */
export function similarityMatrix(texts: string[][]): number[][] {
  const sets = texts.map(shingles);
  return sets.map((a, i) => sets.map((b, j) => (i === j ? 1 : Math.round(jaccard(a, b) * 100) / 100)));
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
