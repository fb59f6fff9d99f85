// Models by Hugging Face Hub id, resolved server-side before an endpoint runs (shared/hub.ts says what is replaced by
// what). shared/hub-http.ts reads a model (both files under one timeout, size caps, the Hub's answers in its terms)
// through this module's GET, which fetches only from the Hub's host (the HUB var) and follows redirects by hand only
// while they stay on it; what was read is kept a day in the Workers Cache API. Waiting on the Hub is I/O, not CPU: the request's CPU budget (cpu-budget.ts) counts only the
// bytes of config.json the engine then parses.
import type { Context } from "hono";
import {
  DEFAULT_HUB,
  DEFAULT_HUB_TIMEOUT_MS,
  EngineError,
  findHubRefs,
  hubGot,
  hubOffHostError,
  hubUnreachableError,
  MAX_HUB_REDIRECTS,
  readHubModel,
  resolveHubModels,
  type ErrorCode,
  type HubFetcher,
  type HubFiles,
  type HubGet,
} from "../shared/index.js";
import { defaultCache } from "./edge-cache.js";
import type { AppEnv } from "./env.js";

/** What the Hub sent for a model stays a day: configs of a revision rarely change, and the key names the revision. */
export const HUB_CACHE_CONTROL = "public, max-age=86400";
/** A definite no (gated, not found, unreadable) is kept five minutes: a repository can be opened or fixed. */
export const HUB_REFUSAL_CACHE_CONTROL = "public, max-age=300";

/** What is cached per model: what was read (config.json parsed, with its size), or the lasting failure. */
type ModelRead = HubFiles & { configBytes: number };
type Entry = ModelRead | { code: ErrorCode; message: string };

type Hub = { base: string; timeoutMs: number };

/**
 * The body with its `{ "hf" }` models replaced by their config.json (the body itself, at no cost, when it names none).
 * Each copy of a config is parsed by the engine, so its bytes are counted in the request's size as if pasted.
 */
export async function withHubModels(c: Context<AppEnv>, body: unknown): Promise<unknown> {
  const refs = findHubRefs(body);
  if (refs.length === 0) return body;
  const configBytes = new Map<string, number>();
  const resolved = await resolveHubModels(body, hubFetcher(c, configBytes));
  const added = refs.reduce((sum, r) => sum + (configBytes.get(modelKey(String(r.value.hf), r.value.revision)) ?? 0), 0);
  c.set("bodyBytes", (c.get("bodyBytes") ?? 0) + added);
  return resolved;
}

const modelKey = (id: string, revision: unknown): string => `${id}@${typeof revision === "string" ? revision : "main"}`;

function hubOf(c: Context<AppEnv>): Hub {
  const base = (c.env?.HUB ?? DEFAULT_HUB).replace(/\/+$/, "");
  const timeoutMs = Number(c.env?.HUB_TIMEOUT_MS);
  return { base, timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_HUB_TIMEOUT_MS };
}

/** The Cache API key of a model: on the worker's own host, as the Cache API asks; the path never reaches the router. */
export const hubCacheKey = (workerOrigin: string, hub: string, id: string, revision: string): Request =>
  new Request(`${workerOrigin}/__hub-cache/${encodeURIComponent(hub)}/${id}/${encodeURIComponent(revision)}`);

function hubFetcher(c: Context<AppEnv>, configBytes: Map<string, number>): HubFetcher {
  const hub = hubOf(c);
  const cache = defaultCache(c.req.url);
  const origin = new URL(c.req.url).origin;
  return async (id, revision) => {
    const key = hubCacheKey(origin, hub.base, id, revision);
    let entry = cache ? await cachedEntry(cache, key) : undefined;
    if (!entry) {
      const read = await readModel(hub, id, revision);
      entry = read.entry;
      if (cache && read.cacheControl) await store(cache, key, entry, read.cacheControl);
    }
    if ("code" in entry) throw new EngineError(entry.code, entry.message, "");
    configBytes.set(modelKey(id, revision), entry.configBytes);
    return entry;
  };
}

/** A cached entry; one that cannot be read (it never should) counts as none. */
async function cachedEntry(cache: Cache, key: Request): Promise<Entry | undefined> {
  const hit = await cache.match(key);
  try {
    return hit ? ((await hit.json()) as Entry) : undefined;
  } catch {
    return undefined;
  }
}

/** Awaited, not left to waitUntil: a second request for the model right after finds it (a local write, quick). */
async function store(cache: Cache, key: Request, entry: Entry, cacheControl: string): Promise<void> {
  try {
    await cache.put(key, new Response(JSON.stringify(entry), { headers: { "Content-Type": "application/json", "Cache-Control": cacheControl } }));
  } catch (e) {
    console.error(JSON.stringify({ event: "hub_cache_put_failed", error: String(e) }));
  }
}

/** A model read from the Hub (shared/hub-http.ts), as the cache keeps it, with how long its answer may be kept. */
async function readModel(hub: Hub, id: string, revision: string): Promise<{ entry: Entry; cacheControl: string | null }> {
  const read = await readHubModel(get, hub.base, id, revision, hub.timeoutMs);
  if ("error" in read) return { entry: { code: read.error.code, message: read.error.message }, cacheControl: read.lasting ? HUB_REFUSAL_CACHE_CONTROL : null };
  return { entry: read.files, cacheControl: read.lasting ? HUB_CACHE_CONTROL : null };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GET a Hub URL: redirects followed by hand while they stay on the Hub's host; a 200's body read up to `maxBytes`. */
const get: HubGet = async (url, maxBytes, request) => {
  let target = new URL(url);
  for (let hop = 0; ; hop++) {
    const response = await fetch(target, { redirect: "manual", signal: request.signal, headers: { Accept: "application/json" } });
    if (!REDIRECTS.has(response.status)) return hubGot(response, maxBytes, request.id);
    await response.body?.cancel();
    const location = response.headers.get("location");
    const next = location === null ? null : new URL(location, target);
    if (next === null || next.origin !== request.origin) throw hubOffHostError(request.id, next?.host ?? null);
    if (hop === MAX_HUB_REDIRECTS) throw hubUnreachableError(request.id, `more than ${MAX_HUB_REDIRECTS} redirects`);
    target = next;
  }
};
