// GET /v1/scenarios: the reference scenarios evaluated. Pure and deterministic, so evaluated at build time (about 40 ms
// of CPU, four times the Free plan's budget) and served as a file, cacheable (ETag, 304).
import { Hono } from "hono";
import { serveDocument } from "../documents.js";
import type { AppEnv } from "../env.js";

export const scenariosRoute = new Hono<AppEnv>().get("/v1/scenarios", (c) => serveDocument(c, "/v1/scenarios"));
