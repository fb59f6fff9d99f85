// Sweep, compare and recommend results cached at the edge (Workers Cache API), keyed by a hash of the normalised request.
import type { Context } from "hono";
import { ENGINE_VERSION } from "../shared/index.js";
import type { Rendered } from "./cpu-budget.js";
import type { AppEnv } from "./env.js";
import { canonicalJson, sha256Hex } from "./hash.js";

/** Results depend only on the request and the engine; a day at the edge, and the key changes with each deploy. */
export const RESULT_CACHE_CONTROL = "public, max-age=86400";

/**
 * Answer from the edge cache when an identical request (after parsing: defaults filled, unknown keys dropped,
 * keys sorted) was answered before in this data centre; otherwise compute, answer and store.
 * The X-Cache header says which (HIT or MISS). Object keys are sorted for the key, so where their order changes the
 * answer (a sweep's `vary`), the caller passes them as an array of entries (see routes/sweep.ts).
 */
export async function edgeCached(c: Context<AppEnv>, kind: string, normalised: unknown, render: () => Rendered): Promise<Response> {
  const cache = defaultCache(c.req.url);
  const version = c.env?.CF_VERSION_METADATA?.id ?? "";
  const hash = await sha256Hex(`${kind}\n${ENGINE_VERSION}\n${version}\n${canonicalJson(normalised)}`);
  // A GET key on the worker's own hostname, as the Cache API asks; the path never reaches the router.
  const key = new Request(`${new URL(c.req.url).origin}/__edge-cache/${kind}/${hash}`);
  const hit = cache ? await cache.match(key) : undefined;
  if (hit) {
    const response = new Response(hit.body, hit);
    response.headers.set("X-Cache", "HIT");
    return response;
  }
  const { body, headers } = render();
  const init = {
    headers: {
      ...headers,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": RESULT_CACHE_CONTROL,
      ETag: `"${hash.slice(0, 32)}"`,
      "X-Cache": "MISS",
    },
  };
  // The store gets its own response of the same text (cheaper than teeing the answer's stream with clone()).
  if (cache) afterResponse(c, cache.put(key, new Response(body, init)));
  return new Response(body, init);
}

/**
 * `caches.default` in workerd, for a request to `url`; absent elsewhere (Node, a browser), where everything is a MISS.
 * Also absent on `*.workers.dev`, where Cloudflare documents Cache API operations as having no effect
 * (https://developers.cloudflare.com/workers/runtime-apis/cache/): there a lookup never hits and a store costs CPU
 * (hashing the key, copying the answer) for nothing.
 */
export function defaultCache(url: string): Cache | undefined {
  if (isWorkersDev(url)) return undefined;
  return typeof caches === "undefined" ? undefined : (caches as unknown as { default?: Cache }).default;
}

/** Whether `url` is on a `workers.dev` subdomain (a deployment's or a preview's). */
const isWorkersDev = (url: string): boolean => new URL(url).hostname.endsWith(".workers.dev");

function afterResponse(c: Context, work: Promise<unknown>): void {
  const logged = work.catch((e: unknown) => console.error(JSON.stringify({ event: "edge_cache_put_failed", error: String(e) })));
  try {
    c.executionCtx.waitUntil(logged);
  } catch {
    // No execution context (app.request() in a unit test): the promise still settles on its own.
  }
}
