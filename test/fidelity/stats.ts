// Accuracy statistics: median absolute percentage error, share within 25%, geometric-mean bias.

export type Summary = { n: number; mdape: number; within25: number; bias: number };

export function summarize(ratios: readonly number[]): Summary {
  const n = ratios.length;
  if (n === 0) return { n, mdape: 0, within25: 0, bias: 1 };
  const ape = ratios.map((r) => Math.abs(r - 1)).sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const mdape = n % 2 ? ape[mid]! : (ape[mid - 1]! + ape[mid]!) / 2;
  const within25 = ratios.filter((r) => Math.abs(r - 1) <= 0.25).length / n;
  const bias = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / n);
  return { n, mdape, within25, bias };
}
