// compare(): several requests side by side, with the best compatible one in each column marked.
import { estimateRequest } from "./estimate.js";
import { parseWith } from "./parse.js";
import { ignoredFields } from "./unknown-fields.js";
import { CompareRequest } from "./schema/request.js";
import type { CompareResult, EstimateResult } from "./schema/result.js";

export function compare(input: unknown): CompareResult {
  const { scenarios, strict } = parseWith(CompareRequest, input, "", "the compare request");
  const ignored = ignoredFields(CompareRequest, input, strict);
  const results = scenarios.map((r, i) => estimateRequest(r, `scenarios[${i}]`));
  return { results, best: bestOf(results), ...(ignored.length ? { warnings: ignored } : {}) };
}

/** Index of the best compatible result by each measure (null when none is compatible or the figure is unknown). */
export function bestOf(results: readonly EstimateResult[]): CompareResult["best"] {
  const pick = (value: (r: EstimateResult) => number | null, better: (a: number, b: number) => boolean) => {
    let index: number | null = null;
    let bestValue = 0;
    results.forEach((r, i) => {
      const v = value(r);
      if (r.compatibility.verdict === "incompatible" || v === null) return;
      if (index === null || better(v, bestValue)) {
        index = i;
        bestValue = v;
      }
    });
    return index;
  };
  return {
    cheapest: pick((r) => r.cost.perRequestUSD, (a, b) => a < b),
    fastest: pick((r) => r.latency.e2eMs, (a, b) => a < b),
    highestThroughput: pick((r) => r.throughput.outputTokensPerSec, (a, b) => a > b),
  };
}
