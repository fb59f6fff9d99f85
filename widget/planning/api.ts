// Each planning answer from the API when there is one (../api-client.js: a timeout, and a failure remembered for a
// while), else, or when it fails, from the engine here.
import { fetchJson } from "../api-client.js";

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

export async function served<T>({ apiBase, path, body, check, local, timeoutMs, signal }: Call<T>): Promise<Served<T>> {
  let why = "";
  if (apiBase) {
    try {
      const value = await fetchJson<T>(apiBase, path, body, { timeoutMs, signal, check });
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
