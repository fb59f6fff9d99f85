// The fake Hub's model search, `GET /api/models?search=...&pipeline_tag=...&sort=downloads&limit=...&expand[]=...`,
// answered from its repositories as the Hub answers it: the ids containing the search (in any case), most downloaded
// first, each with only the fields `expand` asks for beside its id. A search containing SLOW_SEARCH answers after two
// seconds, or never when the client gives up first (counted, so a test can see that a newer search aborted it).
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SLOW_SEARCH } from "./repos.js";

/** A repository as the search lists it. */
export type Listed = { id: string; gated: boolean };

/** Made-up but stable download counts, so "most downloaded first" is an order a test can know. */
export const downloadsOf = (id: string): number => parseInt(createHash("sha1").update(`downloads:${id}`).digest("hex").slice(0, 7), 16);

/** What the Hub lists for one repository: its id, and the fields asked for (the Hub's names and values). */
function entry(repo: Listed, expand: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = { downloads: downloadsOf(repo.id), gated: repo.gated ? "manual" : false, pipeline_tag: "text-generation", likes: 0 };
  const out: Record<string, unknown> = { _id: createHash("sha1").update(repo.id).digest("hex").slice(0, 24), id: repo.id };
  for (const key of expand.length ? expand : ["downloads", "likes", "pipeline_tag"]) if (key in fields) out[key] = fields[key];
  return out;
}

export type Answer = (status: number, body: string, headers?: Record<string, string>) => void;

/** Answer one search; `aborted` is called when the client gave up on a slow one. */
export function answerSearch(repos: Listed[], url: URL, req: IncomingMessage, res: ServerResponse, send: Answer, aborted: () => void): void {
  const query = (url.searchParams.get("search") ?? "").toLowerCase();
  const limit = Math.min(Number(url.searchParams.get("limit") ?? 20) || 20, 100);
  const tag = url.searchParams.get("pipeline_tag");
  const found = tag !== null && tag !== "text-generation" ? [] : repos.filter((r) => r.id.toLowerCase().includes(query));
  if (url.searchParams.get("sort") === "downloads") found.sort((a, b) => downloadsOf(b.id) - downloadsOf(a.id));
  const body = JSON.stringify(found.slice(0, limit).map((r) => entry(r, url.searchParams.getAll("expand[]"))));
  if (!query.includes(SLOW_SEARCH)) return send(200, body, { "Content-Type": "application/json" });
  const timer = setTimeout(() => send(200, body, { "Content-Type": "application/json" }), 2000);
  req.on("close", () => {
    if (res.writableEnded) return;
    clearTimeout(timer);
    aborted();
  });
}
