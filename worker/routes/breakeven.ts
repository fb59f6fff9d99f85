// POST /v1/breakeven: the monthly volume above which renting, or owning, a self-hosted setup beats each API.
import { Hono } from "hono";
import { breakEven } from "../../shared/index.js";
import { readJsonBody } from "../body.js";
import { budgetedJson } from "../cpu-budget.js";
import { predictSmall } from "../cpu-model.js";
import type { AppEnv } from "../env.js";

export const breakEvenRoute = new Hono<AppEnv>().post("/v1/breakeven", async (c) => {
  const body = await readJsonBody(c);
  return budgetedJson(c, predictSmall("this break-even"), () => breakEven(body));
});
