// Each planning answer from the API when there is one (with a timeout), else, or when it fails, from the engine here.
export const API_TIMEOUT_MS = 3000;

export type Via = "api" | "local";
export type Served<T> = { value: T; via: Via; note: string };

type Call<T> = {
  /** Origin (and path prefix) of the API; "" computes locally. */
  apiBase: string;
  path: string;
  /** A JSON body to POST; none means GET. */
  body?: unknown;
  /** Whether an answer has the expected shape. */
  check: (answer: T) => boolean;
  local: () => T;
  timeoutMs?: number;
  signal?: AbortSignal;
};

export async function served<T>({ apiBase, path, body, check, local, timeoutMs = API_TIMEOUT_MS, signal }: Call<T>): Promise<Served<T>> {
  let why = "";
  if (apiBase) {
    try {
      const value = await fetchJson<T>(`${apiBase.replace(/\/+$/, "")}${path}`, body, timeoutMs, signal);
      if (!check(value)) throw new Error("unexpected answer");
      return { value, via: "api", note: "computed by the API" };
    } catch (e) {
      if (signal?.aborted) throw e;
      why = `the API failed (${e instanceof Error ? e.message : String(e)}), so `;
    }
  }
  // Let the page paint "working…" before a search that can take a few hundred milliseconds.
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
  return { value: local(), via: "local", note: `${why}computed in this browser` };
}

async function fetchJson<T>(url: string, body: unknown, timeoutMs: number, signal?: AbortSignal): Promise<T> {
  const ctl = new AbortController();
  const stop = () => ctl.abort(signal?.reason);
  signal?.addEventListener("abort", stop);
  const timer = setTimeout(() => ctl.abort(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    const init: RequestInit = { signal: ctl.signal };
    if (body !== undefined) Object.assign(init, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const res = await fetch(url, init);
    const answer = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
    if (!res.ok) throw new Error(answer?.error?.message ?? `HTTP ${res.status}`);
    if (!answer || typeof answer !== "object") throw new Error("unexpected answer");
    return answer;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stop);
  }
}
