// Cacheable GETs: a JSON body built once per isolate, with a strong ETag, Cache-Control and 304 on If-None-Match.
import type { Context } from "hono";
import { sha256Hex } from "./hash.js";

/** Catalogs change only with a deploy: browsers and the edge may keep them an hour, then revalidate by ETag. */
export const CATALOG_CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

type Built = { body: string; etag: string };
const built = new Map<string, Promise<Built>>();

/** `key` names the document (its URL path); `make` runs once per isolate. */
export async function cacheableJson(c: Context, key: string, make: () => unknown, cacheControl = CATALOG_CACHE_CONTROL): Promise<Response> {
  let doc = built.get(key);
  if (!doc) {
    doc = buildDoc(make);
    built.set(key, doc);
    doc.catch(() => built.delete(key));
  }
  const { body, etag } = await doc;
  const headers = { ETag: etag, "Cache-Control": cacheControl };
  if (ifNoneMatch(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, "Content-Type": "application/json; charset=utf-8" });
}

async function buildDoc(make: () => unknown): Promise<Built> {
  const body = JSON.stringify(make());
  return { body, etag: `"${(await sha256Hex(body)).slice(0, 32)}"` };
}

/** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly (a W/ prefix is ignored). */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}
