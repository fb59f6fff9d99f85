// POST /v1/estimate: one request in, one result out (CONTRACT.md).
import { Hono } from "hono";
import { estimate } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import { budgetedJson } from "../cpu-budget.js";
import { predictSmall } from "../cpu-model.js";
import type { AppEnv } from "../env.js";
import { withHubModels } from "../hub.js";

export const estimateRoute = new Hono<AppEnv>().post("/v1/estimate", async (c) => {
  const body = await withHubModels(c, await readJsonBody(c));
  return budgetedJson(c, predictSmall("this estimate"), () => estimate(body));
});
