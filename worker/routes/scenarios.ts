// GET /v1/scenarios: the reference scenarios evaluated. Pure and deterministic, so built once and cacheable (ETag, 304).
import { Hono } from "hono";
import { referenceScenarios } from "../../shared/index.js";
import { cacheableJson } from "../conditional.js";
import type { AppEnv } from "../env.js";

export const scenariosRoute = new Hono<AppEnv>().get("/v1/scenarios", (c) => cacheableJson(c, "/v1/scenarios", () => ({ scenarios: referenceScenarios() })));
