// POST /v1/compare: 2 to 50 requests side by side, the best of each measure marked; cached at the edge.
import { Hono } from "hono";
import { compare, CompareRequest, parseWith } from "../../shared/index.js";
import { withinBudget } from "../cpu-budget.js";
import { predictCompare } from "../cpu-model.js";
import { readJsonBody } from "../body.js";
import { edgeCached } from "../edge-cache.js";
import type { AppEnv } from "../env.js";
import { withHubModels } from "../hub.js";

export const compareRoute = new Hono<AppEnv>().post("/v1/compare", async (c) => {
  const sent = await readJsonBody(c);
  const predicted = predictCompare(sent);
  // Hub models are read before the request is parsed and keyed: the cache key holds the configs that were read.
  const body = await withHubModels(c, sent);
  // An invalid request throws the engine's own error, naming the field.
  const request = parseWith(CompareRequest, body, "", "the compare request");
  return edgeCached(c, "compare", request, () => withinBudget(c, predicted, () => compare(body)));
});
