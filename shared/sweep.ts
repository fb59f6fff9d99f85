// sweep(): the cartesian grid of a base request and varied fields, in a stable order (last field fastest).
import { EngineError } from "./errors.js";
import { estimateRequest } from "./estimate.js";
import { parseEstimateRequest, parseWith } from "./parse.js";
import { SWEEPABLE_FIELDS, SweepRequest, type EstimateRequest } from "./schema/request.js";
import type { SweepResult } from "./schema/result.js";

/** The API's default limit; the engine takes any. */
export const DEFAULT_MAX_SWEEP_POINTS = 10_000;

export type SweepOptions = { maxPoints?: number };

type Axis = { field: (typeof SWEEPABLE_FIELDS)[number]; values: unknown[] };

/** Count the grid's points without validating anything else, so an oversized sweep costs nothing. */
export function sweepPointCount(input: unknown): number {
  if (typeof input !== "object" || input === null) return 0;
  const vary = (input as { vary?: unknown }).vary;
  if (typeof vary !== "object" || vary === null) return 0;
  let count = 1;
  for (const values of Object.values(vary)) count *= Array.isArray(values) ? values.length : 1;
  return count;
}

export function sweep(input: unknown, { maxPoints = DEFAULT_MAX_SWEEP_POINTS }: SweepOptions = {}): SweepResult {
  const count = sweepPointCount(input);
  if (count > maxPoints) {
    throw new EngineError("sweep_too_large", `the grid has ${count} points; the limit is ${maxPoints}`, "vary");
  }
  const { base, vary } = parseWith(SweepRequest, input, "", "the sweep request");
  const rawBase = (input as { base: Record<string, unknown> }).base;
  const axes: Axis[] = Object.entries(vary).map(([field, values]) => ({ field: field as Axis["field"], values: values! }));

  // Validate every varied value once, in the context of the base, naming it by its place in "vary".
  const parsed: EstimateRequest[keyof EstimateRequest][][] = axes.map((axis) =>
    axis.values.map((value, i) => {
      try {
        return parseEstimateRequest({ ...rawBase, [axis.field]: value })[axis.field];
      } catch (e) {
        throw rethrowAt(e, axis.field, `vary.${axis.field}[${i}]`);
      }
    }),
  );

  const points: SweepResult["points"] = [];
  const index = axes.map(() => 0);
  for (let n = 0; n < count; n++) {
    const request: Record<string, unknown> = { ...base };
    const inputs: Record<string, unknown> = {};
    axes.forEach((axis, a) => {
      request[axis.field] = parsed[a]![index[a]!];
      inputs[axis.field] = axis.values[index[a]!];
    });
    try {
      points.push({ inputs, result: estimateRequest(request as EstimateRequest) });
    } catch (e) {
      const a = axes.findIndex((axis) => e instanceof EngineError && e.path.split(/[.[]/)[0] === axis.field);
      throw a >= 0 ? rethrowAt(e, axes[a]!.field, `vary.${axes[a]!.field}[${index[a]}]`) : e;
    }
    // Advance the odometer: the last axis turns fastest.
    for (let a = axes.length - 1; a >= 0; a--) {
      index[a]! += 1;
      if (index[a]! < axes[a]!.values.length) break;
      index[a] = 0;
    }
  }
  return { count, points };
}

function rethrowAt(e: unknown, field: string, at: string): unknown {
  if (!(e instanceof EngineError) || !e.path.startsWith(field)) return e;
  const rest = e.path.slice(field.length);
  const message = e.message.startsWith(e.path) ? at + rest + e.message.slice(e.path.length) : e.message;
  return new EngineError(e.code, message, at + rest);
}
