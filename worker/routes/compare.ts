// POST /v1/compare: 2 to 50 requests side by side, the best of each measure marked; cached at the edge.
import { Hono } from "hono";
import { compare, CompareRequest } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import { edgeCached } from "../edge-cache.js";
import type { AppEnv } from "../env.js";

export const compareRoute = new Hono<AppEnv>().post("/v1/compare", async (c) => {
  const body = await readJsonBody(c);
  const parsed = CompareRequest.safeParse(body, { jitless: true });
  // An invalid request goes to the engine, whose error names the field.
  if (!parsed.success) return c.json(compare(body));
  return edgeCached(c, "compare", parsed.data, () => compare(body));
});
