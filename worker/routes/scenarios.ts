// GET /v1/scenarios: the reference scenarios. They are issue 6's data; until they land the route says so.
import { Hono } from "hono";
import { EngineError } from "../../shared/index.js";
import type { AppEnv } from "../env.js";

export const scenariosRoute = new Hono<AppEnv>().get("/v1/scenarios", () => {
  throw new EngineError("not_implemented", "the reference scenarios are not published yet; POST /v1/estimate works for any scenario", "");
});
