// GET /health: liveness and the engine version.
import { Hono } from "hono";
import { ENGINE_VERSION } from "../../shared/index.js";
import type { AppEnv } from "../env.js";

export const health = new Hono<AppEnv>().get("/health", (c) => c.json({ status: "ok" as const, engineVersion: ENGINE_VERSION }));
