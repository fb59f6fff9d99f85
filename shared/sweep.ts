// sweep(): the cartesian grid of a base request and varied fields, in a stable order (last field fastest), as a
// full result per point or, with "fields", as compact columns. Every varied value is validated once, and each
// combination of the fields that change what runs (model, hardware, precision, ...) is resolved once: a point then
// only changes numbers (batch, tokens, devices) and is timed with numbers alone.
import { EngineError } from "./errors.js";
import { estimateRequest, openCore, scenarioResult, type BatchFree } from "./estimate.js";
import { parseEstimateRequest, parseWith } from "./parse.js";
import { resolveScenario, type Scenario } from "./scenario.js";
import { SWEEPABLE_FIELDS, SweepRequest, type EstimateRequest, type HubSource, type SweepResultField } from "./schema/request.js";
import type { EstimateResult, SweepColumns, SweepResult } from "./schema/result.js";
import { countSteps } from "./work.js";
import { ignoredFields } from "./unknown-fields.js";
import { coreGetter, resultGetter, rounder, type Cell } from "./sweep-fields.js";

/** The API's default limit; the engine takes any. */
export const DEFAULT_MAX_SWEEP_POINTS = 10_000;

export type SweepOptions = { maxPoints?: number };

type Field = (typeof SWEEPABLE_FIELDS)[number];
type Axis = { field: Field; values: unknown[]; parsed: unknown[] };

/** Fields a point may change without resolving its scenario again (they are numbers the timing reads directly). */
const NUMERIC: ReadonlySet<Field> = new Set(["batchSize", "inputTokens", "outputTokens", "deviceCount"]);

/** Count the grid's points without validating anything else, so an oversized sweep costs nothing. */
export function sweepPointCount(input: unknown): number {
  if (typeof input !== "object" || input === null) return 0;
  const vary = (input as { vary?: unknown }).vary;
  if (typeof vary !== "object" || vary === null) return 0;
  let count = 1;
  for (const values of Object.values(vary)) count *= Array.isArray(values) ? values.length : 1;
  return count;
}

export function sweep(input: { base: unknown; vary: unknown; fields: readonly SweepResultField[]; significantDigits?: number }, options?: SweepOptions): SweepColumns;
export function sweep(input: { base: unknown; vary: unknown; fields?: undefined }, options?: SweepOptions): SweepResult;
export function sweep(input: unknown, options?: SweepOptions): SweepResult | SweepColumns;
export function sweep(input: unknown, { maxPoints = DEFAULT_MAX_SWEEP_POINTS }: SweepOptions = {}): SweepResult | SweepColumns {
  const count = sweepPointCount(input);
  if (count > maxPoints) {
    throw new EngineError("sweep_too_large", `the grid has ${count} points; the limit is ${maxPoints}`, "vary");
  }
  const { base, vary, fields, significantDigits, strict } = parseWith(SweepRequest, input, "", "the sweep request");
  const ignored = ignoredFields(SweepRequest, input, strict);
  const rawBase = (input as { base: Record<string, unknown> }).base;
  // Validate every varied value once, in the context of the base, naming it by its place in "vary".
  const axes: Axis[] = Object.entries(vary).map(([name, values]) => {
    const field = name as Field;
    const parsed = values!.map((value, i) => {
      try {
        return parseEstimateRequest({ ...rawBase, [field]: value })[field];
      } catch (e) {
        throw rethrowAt(e, field, `vary.${field}[${i}]`);
      }
    });
    return { field, values: field === "model" ? values!.map((v, i) => asNamed(v, parsed[i])) : values!, parsed };
  });
  const grid = new Grid(base, axes);
  const result = fields ? columnsOf(grid, fields, significantDigits) : pointsOf(grid);
  return ignored.length ? { ...result, warnings: ignored } : result;
}

/**
 * A model read from the Hub before the sweep (shared/hub.ts) is echoed in each point's inputs as it was named,
 * `{ "hf", "revision" }`, not as the config.json it became (which would repeat the whole file at every point).
 */
function asNamed(value: unknown, parsed: unknown): unknown {
  const hub = (parsed as { hub?: HubSource }).hub;
  return hub ? { hf: hub.id, revision: hub.revision } : value;
}

function pointsOf(grid: Grid): SweepResult {
  const points: SweepResult["points"] = new Array(grid.count);
  for (let n = 0; n < grid.count; n++) {
    const inputs: Record<string, unknown> = {};
    grid.axes.forEach((axis, a) => (inputs[axis.field] = axis.values[grid.index[a]!]));
    points[n] = { inputs, result: grid.result() };
    grid.next();
  }
  return { count: grid.count, points };
}

function columnsOf(grid: Grid, fields: readonly SweepResultField[], digits: number): SweepColumns {
  const columns: Cell[][] = fields.map(() => new Array<Cell>(grid.count));
  const fromCore = fields.map(coreGetter);
  const fromResult = fields.map(resultGetter);
  const rounders = fields.map(() => rounder(digits));
  for (let n = 0; n < grid.count; n++) {
    countSteps();
    const s = grid.scenario();
    if (s && !s.model.api) {
      const core = openCore(s, grid.batchFree());
      for (let f = 0; f < fields.length; f++) columns[f]![n] = round(rounders[f]!, fromCore[f]!(core, s));
    } else {
      const result = grid.result();
      for (let f = 0; f < fields.length; f++) columns[f]![n] = round(rounders[f]!, fromResult[f]!(result));
    }
    grid.next();
  }
  return {
    count: grid.count,
    axes: grid.axes.map((a) => ({ field: a.field, values: a.values })),
    columns: Object.fromEntries(fields.map((f, i) => [f, columns[i]!])),
  };
}

const round = (rounder: (v: number) => number, v: Cell): Cell => (typeof v === "number" ? rounder(v) : v);

/** A combination of the non-numeric axes: a scenario the points set their numbers on, and what they share. */
type Entry = { point: Scenario; batchFree: Map<number, Map<number, BatchFree>> };

/**
 * The grid as an odometer over the axes (the last turns fastest), with each point's scenario resolved once per
 * combination of the non-numeric axes. Requests with "hybrid" (two configurations per point) go through estimateRequest.
 */
class Grid {
  readonly count: number;
  readonly index: number[];
  /** Per combination of the non-numeric axes: its resolved scenario, and a copy whose numbers each point sets. */
  private readonly resolved = new Map<string, Entry>();
  private entry: Entry | undefined;
  private readonly hybrid: boolean;
  /** Indices of the axes a point sets as numbers, and of those that change what runs (resolved once each). */
  private readonly numeric: number[];
  private readonly resolving: number[];

  constructor(
    private readonly base: EstimateRequest,
    readonly axes: Axis[],
  ) {
    this.count = axes.reduce((n, a) => n * a.values.length, 1);
    this.index = axes.map(() => 0);
    // A request with "hybrid" (used, or ignored with a warning) takes estimateRequest's path.
    this.hybrid = base.deployment === "hybrid" || base.hybrid !== undefined || axes.some((a) => a.field === "deployment" && a.parsed.includes("hybrid"));
    this.numeric = axes.flatMap((a, i) => (NUMERIC.has(a.field) ? [i] : []));
    this.resolving = axes.flatMap((a, i) => (NUMERIC.has(a.field) ? [] : [i]));
  }

  next(): void {
    for (let a = this.axes.length - 1; a >= 0; a--) {
      this.index[a]! += 1;
      if (this.index[a]! < this.axes[a]!.values.length) return;
      this.index[a] = 0;
    }
  }

  /** This point's request: the base with the varied values. */
  private request(): EstimateRequest {
    const request: Record<string, unknown> = { ...this.base };
    this.axes.forEach((axis, a) => (request[axis.field] = axis.parsed[this.index[a]!]));
    return request as EstimateRequest;
  }

  /** This point's scenario, or undefined for a hybrid request (which has two). */
  scenario(): Scenario | undefined {
    if (this.hybrid) return undefined;
    let key = "";
    for (const a of this.resolving) key += `${this.index[a]},`;
    let entry = this.resolved.get(key);
    if (!entry) {
      const r = this.request();
      const s = this.guard(() => resolveScenario({ ...r, deployment: r.deployment as Scenario["deployment"] }, ""));
      entry = { point: { ...s }, batchFree: new Map() };
      this.resolved.set(key, entry);
    }
    this.entry = entry;
    // Reused point by point: nothing the engine returns keeps a reference to the scenario itself.
    const point = entry.point as Record<string, unknown>;
    for (const a of this.numeric) point[this.axes[a]!.field] = this.axes[a]!.parsed[this.index[a]!];
    return point as Scenario;
  }

  /** What this point shares with the points of its scenario that differ only in their batch. */
  batchFree(): BatchFree {
    const s = this.entry!.point;
    const byInput = this.entry!.batchFree;
    let byRest = byInput.get(s.inputTokens);
    if (!byRest) byInput.set(s.inputTokens, (byRest = new Map()));
    // Exact as one number: outputTokens <= 10^7 and deviceCount <= 1024.
    const rest = s.outputTokens * 1025 + s.deviceCount;
    let same = byRest.get(rest);
    if (!same) byRest.set(rest, (same = {}));
    return same;
  }

  result(): EstimateResult {
    const s = this.scenario();
    return this.guard(() => (s ? scenarioResult(s) : estimateRequest(this.request())));
  }

  /** An error about a varied field names its place in "vary". */
  private guard<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      const a = this.axes.findIndex((axis) => e instanceof EngineError && e.path.split(/[.[]/)[0] === axis.field);
      throw a >= 0 ? rethrowAt(e, this.axes[a]!.field, `vary.${this.axes[a]!.field}[${this.index[a]}]`) : e;
    }
  }
}

function rethrowAt(e: unknown, field: string, at: string): unknown {
  if (!(e instanceof EngineError) || !e.path.startsWith(field)) return e;
  const rest = e.path.slice(field.length);
  const message = e.message.startsWith(e.path) ? at + rest + e.message.slice(e.path.length) : e.message;
  return new EngineError(e.code, message, at + rest);
}
