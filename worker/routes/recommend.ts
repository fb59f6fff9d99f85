// POST /v1/recommend: validated now; answers 501 not_implemented until the engine's recommend() lands.
import { Hono } from "hono";
import { EngineError, findHardware, findModel } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import type { AppEnv } from "../env.js";
import { RecommendRequest } from "../schemas.js";
import { parseOrThrow } from "../validate.js";

export const recommendRoute = new Hono<AppEnv>().post("/v1/recommend", async (c) => {
  const request = parseOrThrow(RecommendRequest, await readJsonBody(c), "the recommend request");
  checkCatalogIds(request);
  throw new EngineError("not_implemented", "recommend is not available yet: the request is valid, but the planner has not landed in the engine", "");
});

/** Unknown catalog ids in the constraints are the caller's mistake (400), so they are reported before the 501. */
function checkCatalogIds({ constraints }: RecommendRequest): void {
  constraints?.models?.forEach((m, i) => {
    if (typeof m === "string" && !findModel(m)) throw new EngineError("unknown_model", `unknown model "${m}"`, `constraints.models[${i}]`);
  });
  constraints?.hardware?.forEach((h, i) => {
    if (typeof h === "string" && !findHardware(h)) throw new EngineError("unknown_hardware", `unknown hardware "${h}"`, `constraints.hardware[${i}]`);
  });
}
