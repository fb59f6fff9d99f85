// Calls to the API (sweeps, planning views) with a timeout, and a memory of its failures: after one, the API is not
// asked again for a while, so every later sweep and view computes in the page at once instead of waiting again.
export const API_TIMEOUT_MS = 3000;
/** How long a failed API is left alone. */
export const API_BACKOFF_MS = 60_000;

/** An answer the API gave on purpose (a 4xx, e.g. 413 over_cpu_budget): it is up, so this is not remembered. */
class Refused extends Error {}

/** Per API origin: until when it is left alone, and why. */
const down = new Map<string, { until: number; why: string }>();

const origin = (apiBase: string) => apiBase.replace(/\/+$/, "");

/** Forget every failure (tests; a page whose API came back can wait out the minute instead). */
export const forgetApiFailures = (): void => down.clear();

export type FetchOptions<T> = {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Whether an answer has the shape asked for. */
  check?: (answer: T) => boolean;
};

/**
 * The JSON answer of `{apiBase}{path}` (POST with a body, else GET), or an error saying why there is none. Throws
 * at once, without asking, while a recent failure of that API is remembered.
 */
export async function fetchJson<T>(apiBase: string, path: string, body: unknown, { timeoutMs = API_TIMEOUT_MS, signal, check }: FetchOptions<T>): Promise<T> {
  const base = origin(apiBase);
  const failed = down.get(base);
  if (failed && performance.now() < failed.until) {
    throw new Error(`${failed.why}; not asked again for ${Math.ceil((failed.until - performance.now()) / 1000)} s`);
  }
  const ctl = new AbortController();
  const stop = () => ctl.abort(signal?.reason);
  signal?.addEventListener("abort", stop);
  const timer = setTimeout(() => ctl.abort(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    const init: RequestInit = { signal: ctl.signal };
    if (body !== undefined) Object.assign(init, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const res = await fetch(base + path, init);
    // An error is JSON with the API's own message, which the caller's note repeats.
    const answer = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
    if (!res.ok) {
      const message = answer?.error?.message ?? `HTTP ${res.status}`;
      throw res.status < 500 ? new Refused(message) : new Error(message);
    }
    if (!answer || typeof answer !== "object" || (check && !check(answer))) throw new Error("unexpected answer");
    down.delete(base);
    return answer;
  } catch (e) {
    // A network failure, a timeout, a 5xx or a garbled answer: remembered. A refusal, or the caller giving up, is not.
    if (!(e instanceof Refused) && !signal?.aborted) down.set(base, { until: performance.now() + API_BACKOFF_MS, why: e instanceof Error ? e.message : String(e) });
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stop);
  }
}
