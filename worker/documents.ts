// Serves the documents `npm run build` writes into the static assets (worker/build/documents.ts: catalogs, scenarios,
// /openapi.json) with Cache-Control, the asset's strong ETag and 304 on If-None-Match. Nothing is computed per isolate.
import type { Context } from "hono";
import type { AppEnv } from "./env.js";

/** Catalogs change only with a deploy: browsers and the edge may keep them an hour, then revalidate by ETag. */
export const CATALOG_CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

/**
 * The asset file holding the document answered at `path`: `/v1/models` -> `/v1/models.json`. Under `/v1/` the
 * files are reachable only through these routes (the app never falls through to assets there).
 */
export function documentAsset(path: string): string {
  return path.endsWith(".json") ? path : `${path}.json`;
}

/** `path` must name a document the build writes; callers check catalog ids first, so a URL never picks the file. */
export async function serveDocument(c: Context<AppEnv>, path: string, cacheControl = CATALOG_CACHE_CONTROL): Promise<Response> {
  const file = documentAsset(path);
  // A missing document is a broken build or deploy, never the client's fault: a 500 that says what to do.
  if (!c.env?.ASSETS) throw new Error(`${path} is served from the built assets, and this app has no ASSETS binding (wrangler.toml [assets])`);
  const condition = c.req.header("if-none-match");
  const asset = await c.env.ASSETS.fetch(
    new Request(new URL(file, c.req.url), { method: c.req.method === "HEAD" ? "HEAD" : "GET", headers: condition ? { "if-none-match": condition } : {} }),
  );
  const etag = asset.headers.get("etag");
  if (asset.status === 404 || !etag) {
    await asset.body?.cancel();
    throw new Error(`the built document ${file} is missing from the assets; run npm run build`);
  }
  const headers: Record<string, string> = { ETag: etag, "Cache-Control": cacheControl };
  // The asset server answers 304 to one exact tag only; a list of tags, or a weak one, is matched here.
  if (asset.status === 304 || ifNoneMatch(condition, etag)) {
    await asset.body?.cancel();
    return c.body(null, 304, headers);
  }
  const length = asset.headers.get("content-length");
  if (length) headers["Content-Length"] = length;
  headers["Content-Type"] = "application/json; charset=utf-8";
  // HEAD: the asset server sent no body.
  return asset.body ? c.body(asset.body, 200, headers) : c.body(null, 200, headers);
}

/** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly (a W/ prefix is ignored). */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}
