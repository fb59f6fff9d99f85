// The figures the comparison table, the sweep charts and both CSV downloads show, each named by its result path, so
// a pinned result and a compact sweep's columns are read the same way.
import type { EstimateResult, SweepResultField } from "./engine.js";
import { ms, num, usd } from "./format.js";

export type Figure = [name: string, path: SweepResultField, format: (v: number | null) => string, lowerIsBetter: boolean];

/** Compared side by side (best starred), and the figure columns of both CSV downloads. */
export const FIGURES: Figure[] = [
  ["First token", "latency.ttftMs", ms, true],
  ["Per output token", "latency.tpotMs", ms, true],
  ["End to end", "latency.e2eMs", ms, true],
  ["Tokens/s", "throughput.outputTokensPerSec", (v) => num(v), false],
  ["$ per request", "cost.perRequestUSD", usd, true],
  ["$ per M output tokens", "cost.perMillionOutputTokensUSD", usd, true],
  ["$ per hour", "cost.perHourUSD", usd, true],
];

/** The columns of both CSV downloads after the first: the verdict, one device's memory, every figure in its raw unit. */
export const CSV_COLUMNS: [name: string, path: SweepResultField][] = [
  ["verdict", "compatibility.verdict"],
  ["memory per device GB", "memory.perDeviceGB"],
  ...FIGURES.map(([name, path]): [string, SweepResultField] => [name.replace("$", "USD"), path]),
];

/** The value at a result path (a compact sweep's column holds the same value for each point). */
export function valueAt(r: EstimateResult, path: SweepResultField): number | string | null {
  let v: unknown = r;
  for (const key of path.split(".")) v = (v as Record<string, unknown> | null)?.[key];
  return (v ?? null) as number | string | null;
}
