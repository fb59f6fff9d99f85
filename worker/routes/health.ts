// GET /health: liveness and the engine version.
import { Hono } from "hono";
import { ENGINE_VERSION } from "../../shared/index.js";

export const health = new Hono().get("/health", (c) => c.json({ status: "ok", engineVersion: ENGINE_VERSION }));
