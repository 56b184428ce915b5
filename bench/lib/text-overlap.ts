// How much of a reference text an extraction holds, the way the article-extraction
// benchmark (scrapinghub/article-extraction-benchmark, evaluate.py) scores it: \w+ tokens,
// counted as a bag (n = 1) or as shingles of n tokens; per page normalized so that long
// pages weigh no more than short ones; precision and recall averaged over pages, F1 from
// those two averages.

export interface Overlap {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface OverlapScores {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingleCounts(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** One page's overlap, normalized to sum to 1 (all zeros for two empty texts). */
export function overlap(reference: string, extracted: string, n = 1): Overlap {
  const wanted = shingleCounts(reference, n);
  const got = shingleCounts(extracted, n);
  let [tp, fp, fn] = [0, 0, 0];
  for (const key of new Set([...wanted.keys(), ...got.keys()])) {
    const [w, g] = [wanted.get(key) ?? 0, got.get(key) ?? 0];
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { truePositive: tp / sum, falsePositive: fp / sum, falseNegative: fn / sum } : { truePositive: 0, falsePositive: 0, falseNegative: 0 };
}

function precisionOf({ truePositive: tp, falsePositive: fp, falseNegative: fn }: Overlap): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

function recallOf({ truePositive: tp, falsePositive: fp, falseNegative: fn }: Overlap): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** Mean precision and recall over pages (pages with nothing to score in one left out of it), F1 of the means. */
export function scoreOverlaps(pages: readonly Overlap[]): OverlapScores {
  const precision = mean(pages.filter((o) => o.truePositive + o.falsePositive > 0).map(precisionOf));
  const recall = mean(pages.filter((o) => o.truePositive + o.falseNegative > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
