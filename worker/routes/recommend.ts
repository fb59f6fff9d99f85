// POST /v1/recommend: workload + SLOs in, setups that meet them out (cheapest first); cached at the edge.
import { Hono } from "hono";
import { recommend, RecommendRequest } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import { edgeCached } from "../edge-cache.js";
import type { AppEnv } from "../env.js";

// A full-catalog search costs a few hundred milliseconds of CPU, so repeats are answered from the edge cache.
export const recommendRoute = new Hono<AppEnv>().post("/v1/recommend", async (c) => {
  const body = await readJsonBody(c);
  const parsed = RecommendRequest.safeParse(body, { jitless: true });
  // An invalid request goes to the engine, whose error names the field.
  if (!parsed.success) return c.json(recommend(body));
  return edgeCached(c, "recommend", parsed.data, () => recommend(body));
});
