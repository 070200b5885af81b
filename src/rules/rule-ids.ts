/** Rule ids as people type them: the closest known id to a mistyped one, for every "did you mean". */

/**
 * The rule id closest to a mistyped one: the same last part ("typo" → "text/typo"),
 * else the fewest edits, if that is few enough to be a typo. Null when none is close.
 */
export function closestRuleId(id: string, ids: readonly string[]): string | null {
  const want = id.trim().toLowerCase();
  const tail = ids.filter((x) => x.split('/').pop() === want || x.replace('/', '') === want.replace(/[/\\_-]/g, ''));
  if (tail.length === 1) return tail[0];
  let best: string | null = null;
  let bestD = Infinity;
  for (const x of ids) {
    const d = distance(want, x.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = x;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(want.length / 3)) ? best : null;
}

/** Levenshtein distance with transpositions counted as one edit. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
