// Runs a sweep: large grids on the API, small ones (or when the API fails) in this browser in chunks.
import { sweep, sweepPointCount, type SweepRequestInput, type SweepResult } from "./engine.js";

export const API_TIMEOUT_MS = 3000;

export type SweepVia = "api" | "local";
export type SweepOutcome = { result: SweepResult; via: SweepVia; note: string };
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

export async function runSweep(request: SweepRequestInput, options: SweepOptions): Promise<SweepOutcome> {
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

async function viaApi(request: SweepRequestInput, { apiBase = "", signal, timeoutMs = API_TIMEOUT_MS }: SweepOptions) {
  const ctl = new AbortController();
  const stop = () => ctl.abort(signal?.reason);
  signal?.addEventListener("abort", stop);
  const timer = setTimeout(() => ctl.abort(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    const res = await fetch(`${apiBase.replace(/\/+$/, "")}/v1/sweep`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
      signal: ctl.signal,
    });
    const body = (await res.json().catch(() => null)) as (SweepResult & { error?: { message?: string } }) | null;
    if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
    if (!body || !Array.isArray(body.points)) throw new Error("unexpected answer");
    return body;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stop);
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same engine call on slices of the first varied field, so the page stays responsive; aborts between slices. */
async function locally(request: SweepRequestInput, total: number, { signal, chunkPoints = 24, onProgress }: SweepOptions) {
  const [field, values = []] = Object.entries(request.vary)[0] ?? [];
  const perValue = Math.max(1, total / Math.max(1, values.length));
  const step = Math.max(1, Math.floor(chunkPoints / perValue));
  const points: SweepResult["points"] = [];
  for (let i = 0; i === 0 || i < values.length; i += step) {
    signal?.throwIfAborted();
    const part = field ? { ...request.vary, [field]: values.slice(i, i + step) } : request.vary;
    // The widget's own grids hold valid values; a bad base was already refused by estimate().
    points.push(...sweep({ base: request.base, vary: part }, { maxPoints: Infinity }).points);
    onProgress?.(points.length, total);
    await nextTask();
  }
  signal?.throwIfAborted();
  return { count: total, points };
}
