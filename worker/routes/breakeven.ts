// POST /v1/breakeven: the monthly volume above which renting, or owning, a self-hosted setup beats each API.
import { Hono } from "hono";
import { breakEven } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import type { AppEnv } from "../env.js";

export const breakEvenRoute = new Hono<AppEnv>().post("/v1/breakeven", async (c) => c.json(breakEven(await readJsonBody(c))));
