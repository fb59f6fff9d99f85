// Models by Hugging Face Hub id, resolved server-side before an endpoint runs (shared/hub.ts says what is replaced by
// what). This module does the fetching: only from the Hub's host (the HUB var), with a timeout and a size cap on each
// answer, following redirects by hand only while they stay on that host, and keeping what it read a day in the
// Workers Cache API. Waiting on the Hub is I/O, not CPU: the request's CPU budget (cpu-budget.ts) counts only the
// bytes of config.json the engine then parses.
import type { Context } from "hono";
import {
  DEFAULT_HUB,
  DEFAULT_HUB_TIMEOUT_MS,
  EngineError,
  findHubRefs,
  hubNotJsonError,
  hubStatusError,
  hubTimeoutError,
  hubTooLargeError,
  hubUnreachableError,
  hubUrls,
  MAX_CONFIG_BYTES,
  MAX_HUB_REDIRECTS,
  MAX_MODEL_INFO_BYTES,
  resolveHubModels,
  type ErrorCode,
  type HubFetcher,
  type HubFiles,
} from "../shared/index.js";
import { readCappedText } from "./body.js";
import { defaultCache } from "./edge-cache.js";
import type { AppEnv } from "./env.js";

/** What the Hub sent for a model stays a day: configs of a revision rarely change, and the key names the revision. */
export const HUB_CACHE_CONTROL = "public, max-age=86400";
/** A definite no (gated, not found, unreadable) is kept five minutes: a repository can be opened or fixed. */
export const HUB_REFUSAL_CACHE_CONTROL = "public, max-age=300";

/** Failures that are the repository's answer, not the moment's (timeouts and Hub errors are not cached). */
const LASTING: ReadonlySet<ErrorCode> = new Set(["hub_gated", "hub_not_found", "hub_invalid_config", "hub_too_large"]);

/** What is cached per model: what was read (config.json parsed, with its size), or the lasting failure. */
type ModelRead = HubFiles & { configBytes: number };
type Entry = ModelRead | { code: ErrorCode; message: string };

type Hub = { base: string; origin: string; timeoutMs: number };

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
  return { base, origin: new URL(base).origin, timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_HUB_TIMEOUT_MS };
}

/** The Cache API key of a model: on the worker's own host, as the Cache API asks; the path never reaches the router. */
export const hubCacheKey = (workerOrigin: string, hub: string, id: string, revision: string): Request =>
  new Request(`${workerOrigin}/__hub-cache/${encodeURIComponent(hub)}/${id}/${encodeURIComponent(revision)}`);

function hubFetcher(c: Context<AppEnv>, configBytes: Map<string, number>): HubFetcher {
  const hub = hubOf(c);
  const cache = defaultCache();
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

/**
 * config.json and the model API's answer, fetched together under one timeout. config.json is required; the API's
 * answer only adds the published counts, so when it fails the model is still read (and not cached, to try again).
 */
async function readModel(hub: Hub, id: string, revision: string): Promise<{ entry: Entry; cacheControl: string | null }> {
  const urls = hubUrls(hub.base, id, revision);
  const fetching: Fetching = { origin: hub.origin, id, signal: AbortSignal.timeout(hub.timeoutMs), timeoutMs: hub.timeoutMs };
  const [config, info] = await Promise.allSettled([get(urls.config, MAX_CONFIG_BYTES, fetching), get(urls.modelInfo, MAX_MODEL_INFO_BYTES, fetching)]);
  if (config.status === "rejected") return refusal(config.reason, id);
  const { status, headers, text } = config.value;
  if (status !== 200) return refusal(hubStatusError(id, revision, status, headers.get("x-error-code")), id);
  const parsed = parsedOrNull(text!);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return refusal(hubNotJsonError(id), id);
  const modelInfo = info.status === "fulfilled" && info.value.status === 200 ? parsedOrNull(info.value.text!) : null;
  const settled = info.status === "fulfilled" && info.value.status < 500 && info.value.status !== 429;
  const entry: ModelRead = { config: parsed, configBytes: text!.length, modelInfo, commit: headers.get("x-repo-commit") };
  return { entry, cacheControl: settled ? HUB_CACHE_CONTROL : null };
}

function refusal(reason: unknown, id: string): { entry: Entry; cacheControl: string | null } {
  const e = reason instanceof EngineError ? reason : hubUnreachableError(id, String(reason));
  return { entry: { code: e.code, message: e.message }, cacheControl: LASTING.has(e.code) ? HUB_REFUSAL_CACHE_CONTROL : null };
}

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** One model's fetches: the Hub's origin (the only one followed), the model named in errors, the shared deadline. */
type Fetching = { origin: string; id: string; signal: AbortSignal; timeoutMs: number };
type Got = { status: number; headers: Headers; text: string | null };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GET a Hub URL: redirects followed by hand while they stay on the Hub's host; a 200's body read up to `maxBytes`. */
async function get(url: string, maxBytes: number, fetching: Fetching): Promise<Got> {
  let target = new URL(url);
  for (let hop = 0; ; hop++) {
    const response = await guarded(fetching, () => fetch(target, { redirect: "manual", signal: fetching.signal, headers: { Accept: "application/json" } }));
    if (!REDIRECTS.has(response.status)) {
      if (response.status !== 200) await response.body?.cancel();
      const text = response.status === 200 ? await guarded(fetching, () => readCapped(response, maxBytes, fetching.id)) : null;
      return { status: response.status, headers: response.headers, text };
    }
    await response.body?.cancel();
    const location = response.headers.get("location");
    const next = location === null ? null : new URL(location, target);
    if (next === null || next.origin !== fetching.origin) {
      throw hubUnreachableError(fetching.id, `the Hub redirected to ${next ? next.host : "nowhere"}, which is not the Hub's host`);
    }
    if (hop === MAX_HUB_REDIRECTS) throw hubUnreachableError(fetching.id, `more than ${MAX_HUB_REDIRECTS} redirects`);
    target = next;
  }
}

/** The fetch's failures in the Hub's terms: past the deadline is a timeout, anything else the Hub being unreachable. */
async function guarded<T>(fetching: Fetching, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof EngineError) throw e;
    if (fetching.signal.aborted) throw hubTimeoutError(fetching.id, fetching.timeoutMs);
    throw hubUnreachableError(fetching.id, e instanceof Error ? e.message : String(e));
  }
}

/** The body as text, refused as soon as it passes `maxBytes` (a declared length over it is refused unread). */
async function readCapped(response: Response, maxBytes: number, id: string): Promise<string> {
  const errors = { tooLarge: () => hubTooLargeError(id, maxBytes), notText: () => hubNotJsonError(id) };
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel();
    throw errors.tooLarge();
  }
  return readCappedText(response.body, maxBytes, errors);
}
