// POST /v1/sweep: a grid of requests; its size is checked before anything else, results cached at the edge.
import { Hono } from "hono";
import { DEFAULT_MAX_SWEEP_POINTS, EngineError, sweep, sweepPointCount, SweepRequest } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import { edgeCached } from "../edge-cache.js";
import type { AppEnv } from "../env.js";

export type SweepOptions = { maxPoints?: number };

export const sweepRoute = ({ maxPoints = DEFAULT_MAX_SWEEP_POINTS }: SweepOptions = {}) =>
  new Hono<AppEnv>().post("/v1/sweep", async (c) => {
    const body = await readJsonBody(c);
    const count = sweepPointCount(body);
    if (count > maxPoints) {
      throw new EngineError("sweep_too_large", `the grid has ${count.toLocaleString("en-US")} points; the limit is ${maxPoints.toLocaleString("en-US")}`, "vary");
    }
    const parsed = SweepRequest.safeParse(body, { jitless: true });
    // An invalid request goes to the engine, whose error names the field.
    if (!parsed.success) return c.json(sweep(body, { maxPoints }));
    return edgeCached(c, "sweep", parsed.data, () => sweep(body, { maxPoints }));
  });
