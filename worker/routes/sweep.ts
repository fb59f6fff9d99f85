// POST /v1/sweep: a grid of requests; its size is checked before anything else, results cached at the edge.
import { Hono } from "hono";
import type * as z from "zod/mini";
import { DEFAULT_MAX_SWEEP_POINTS, EngineError, parseWith, sweep, sweepPointCount, SweepRequest } from "../../shared/index.js";
import { grouped } from "../../shared/grouped.js";
import { readJsonBody } from "../body.js";
import { withinBudget } from "../cpu-budget.js";
import { predictSweep } from "../cpu-model.js";
import { edgeCached } from "../edge-cache.js";
import type { AppEnv } from "../env.js";
import { withHubModels } from "../hub.js";

export type SweepOptions = { maxPoints?: number };

export const sweepRoute = ({ maxPoints = DEFAULT_MAX_SWEEP_POINTS }: SweepOptions = {}) =>
  new Hono<AppEnv>().post("/v1/sweep", async (c) => {
    const sent = await readJsonBody(c);
    const count = sweepPointCount(sent);
    if (count > maxPoints) {
      throw new EngineError("sweep_too_large", `the grid has ${grouped(count)} points; the limit is ${grouped(maxPoints)}`, "vary");
    }
    const predicted = predictSweep(sent);
    // Hub models are read once the grid's size is known to be allowed, and before the request is parsed and keyed.
    const body = await withHubModels(c, sent);
    // Parsed once here for the cache key; an invalid request throws the engine's own error (the one sweep() would).
    const request = parseWith(SweepRequest, body, "", "the sweep request");
    return edgeCached(c, "sweep", sweepCacheKey(request), () => withinBudget(c, predicted, () => sweep(body, { maxPoints })));
  });

/**
 * What identifies a sweep's answer. `vary`'s key order is the order of the axes, and so of the points (the last turns
 * fastest): it goes into the key as a list of [field, values] pairs, which the canonical form keeps in order, while
 * key order everywhere else (the base, custom specs, assumptions) is normalised away.
 */
export function sweepCacheKey(request: z.output<typeof SweepRequest>): unknown {
  return { ...request, vary: Object.entries(request.vary) };
}
