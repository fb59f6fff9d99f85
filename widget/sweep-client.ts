// Runs a sweep in the compact form (one column per result path asked for): large grids on the API, small ones (or
// when the API fails, is too slow, refuses, or failed a moment ago: ./api-client.js) in this browser, a slice at a time.
import { sweep, sweepPointCount } from "./engine-panels.js";
import type { SweepColumns, SweepRequestInput, SweepResultField } from "./engine.js";
import { fetchJson } from "./api-client.js";

/** A sweep the widget runs: the base and the varied values, and the result paths it shows. */
export type CompactSweepRequest = Omit<SweepRequestInput, "fields"> & { fields: SweepResultField[] };
export type SweepVia = "api" | "local";
export type SweepOutcome = { result: SweepColumns; via: SweepVia; note: string };
export type SweepOptions = {
  /** Origin (and path prefix) of the API; empty means compute locally. */
  apiBase?: string;
  /** Grids with more points than this go to the API. */
  threshold: number;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Points computed between two yields to the event loop. */
  chunkPoints?: number;
  onProgress?: (done: number, total: number) => void;
};

export async function runSweep(request: CompactSweepRequest, options: SweepOptions): Promise<SweepOutcome> {
  const total = sweepPointCount(request);
  let why = "";
  if (options.apiBase && total > options.threshold) {
    try {
      return { result: await viaApi(request, options), via: "api", note: `${total} points computed by the API` };
    } catch (e) {
      if (options.signal?.aborted) throw e;
      why = `The API failed (${e instanceof Error ? e.message : String(e)}), so `;
    }
  }
  const result = await locally(request, total, options);
  return { result, via: "local", note: why ? `${why}${total} points were computed in this browser` : `${total} points computed in this browser` };
}

const viaApi = (request: CompactSweepRequest, { apiBase = "", signal, timeoutMs }: SweepOptions) =>
  fetchJson<SweepColumns>(apiBase, "/v1/sweep", request, {
    signal,
    timeoutMs,
    check: (body) => typeof body.columns === "object" && request.fields.every((f) => body.columns[f]?.length === body.count),
  });

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same engine call on slices of the first varied field (the slowest axis, so the slices' columns follow one
 * another in the grid's order), yielding to the page between slices; aborts between slices.
 */
async function locally(request: CompactSweepRequest, total: number, { signal, chunkPoints = 24, onProgress }: SweepOptions): Promise<SweepColumns> {
  const [field, values = []] = Object.entries(request.vary)[0] ?? [];
  const perValue = Math.max(1, total / Math.max(1, values.length));
  const step = Math.max(1, Math.floor(chunkPoints / perValue));
  const columns: SweepColumns["columns"] = Object.fromEntries(request.fields.map((f) => [f, []]));
  let done = 0;
  let axes: SweepColumns["axes"] = [];
  for (let i = 0; i === 0 || i < values.length; i += step) {
    signal?.throwIfAborted();
    const part = field ? { ...request.vary, [field]: values.slice(i, i + step) } : request.vary;
    // The widget's own grids hold valid values; a bad base was already refused by estimate().
    const slice = sweep({ ...request, vary: part }, { maxPoints: Infinity });
    for (const f of request.fields) columns[f]!.push(...slice.columns[f]!);
    if (i === 0) axes = slice.axes;
    done += slice.count;
    onProgress?.(done, total);
    await nextTask();
  }
  signal?.throwIfAborted();
  // The whole grid's axes: the first one with every value, as the API answers.
  return { count: total, axes: axes.map((a, k) => (k === 0 && field ? { ...a, values } : a)), columns };
}
