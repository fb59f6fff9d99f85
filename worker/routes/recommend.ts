// POST /v1/recommend: workload + SLOs in, setups that meet them out (cheapest first); cached at the edge.
import { Hono } from "hono";
import { parseWith, recommend, RecommendRequest } from "../../shared/index.js";
import { withinBudget } from "../cpu-budget.js";
import { predictRecommend } from "../cpu-model.js";
import { readJsonBody } from "../body.js";
import { edgeCached } from "../edge-cache.js";
import type { AppEnv } from "../env.js";

// A full-catalog search costs a few milliseconds of CPU, so repeats are answered from the edge cache.
export const recommendRoute = new Hono<AppEnv>().post("/v1/recommend", async (c) => {
  const body = await readJsonBody(c);
  // An invalid request throws the engine's own error, naming the field.
  const request = parseWith(RecommendRequest, body, "", "the recommend request");
  return edgeCached(c, "recommend", request, () => withinBudget(c, predictRecommend(body), () => recommend(body)));
});
