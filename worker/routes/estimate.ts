// POST /v1/estimate: one request in, one result out (CONTRACT.md).
import { Hono } from "hono";
import { estimate } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import type { AppEnv } from "../env.js";

export const estimateRoute = new Hono<AppEnv>().post("/v1/estimate", async (c) => c.json(estimate(await readJsonBody(c))));
