// GET / (the demo page), GET /llm-inference-calc.js (the widget's entry) and GET /chunks/* (the modules it imports),
// from the built assets (dist/public).
import { Hono, type Context } from "hono";
import type { AppEnv } from "../env.js";

/**
 * The entry's URL is not versioned and names the chunks of its own build, which a deploy replaces: caches revalidate
 * it by ETag every time (a 304 is cheap), so no page pairs an old entry with chunks that are gone.
 */
export const SCRIPT_CACHE_CONTROL = "public, max-age=0, must-revalidate";
/** A chunk's name carries a hash of its content: it never changes, so caches keep it for good. */
export const CHUNK_CACHE_CONTROL = "public, max-age=31536000, immutable";
export const PAGE_CACHE_CONTROL = "public, max-age=300";
export const JAVASCRIPT = "text/javascript; charset=utf-8";

/** The widget's entry script; its chunks are at /chunks/<name>-<hash>.js beside it. */
export const SCRIPTS = ["/llm-inference-calc.js"] as const;

export const staticRoute = new Hono<AppEnv>()
  .get("/", async (c) => (await serveAsset(c, "/", PAGE_CACHE_CONTROL)) ?? c.notFound())
  .get("/llm-inference-calc.js", async (c) => (await serveAsset(c, c.req.path, SCRIPT_CACHE_CONTROL, JAVASCRIPT)) ?? c.notFound())
  .get("/chunks/:file{[\\w-]+\\.js}", async (c) => (await serveAsset(c, c.req.path, CHUNK_CACHE_CONTROL, JAVASCRIPT)) ?? c.notFound());

/**
 * Fetch a built asset and add the headers embedding sites need. Undefined when there is no such asset
 * (or no assets at all, as under `app.request()`), so the caller answers its own 404.
 */
export async function serveAsset(c: Context<AppEnv>, path: string, cacheControl: string, contentType?: string): Promise<Response | undefined> {
  if (!c.env?.ASSETS) return undefined;
  // Forward conditional headers so the asset server can answer 304 itself.
  const headers = new Headers();
  for (const name of ["if-none-match", "if-modified-since"]) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  const asset = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), { method: c.req.method, headers }));
  if (asset.status === 404) return undefined;
  const response = new Response(asset.body, asset);
  response.headers.set("Cache-Control", cacheControl);
  if (contentType) response.headers.set("Content-Type", contentType);
  // Pages that isolate themselves (COEP) may still load the script.
  response.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
  return response;
}
