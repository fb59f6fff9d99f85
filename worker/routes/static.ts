// GET / (the demo page), GET /llm-inference-calc.js (the widget bundle) and GET /llm-inference-calc-planning.js (the
// planner the widget loads on demand), from the built assets (dist/public).
import { Hono, type Context } from "hono";
import type { AppEnv } from "../env.js";

/** The bundle's URL is not versioned, so caches keep it an hour and then revalidate by ETag. */
export const SCRIPT_CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";
export const PAGE_CACHE_CONTROL = "public, max-age=300";

/** The widget's scripts: the element, and the planning chunk it imports from beside itself. */
export const SCRIPTS = ["/llm-inference-calc.js", "/llm-inference-calc-planning.js"] as const;

export const staticRoute = new Hono<AppEnv>().get("/", async (c) => (await serveAsset(c, "/", PAGE_CACHE_CONTROL)) ?? c.notFound());
for (const path of SCRIPTS) {
  staticRoute.get(path, async (c) => (await serveAsset(c, path, SCRIPT_CACHE_CONTROL, "text/javascript; charset=utf-8")) ?? c.notFound());
}

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
