// GET /v1/hardware and GET /v1/hardware/{id}: the hardware catalog, built at build time, cacheable (ETag, 304).
import { Hono } from "hono";
import { EngineError, findHardware } from "../../shared/index.js";
import { serveDocument } from "../documents.js";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";

export const hardwareRoute = new Hono<AppEnv>()
  .get("/v1/hardware", (c) => serveDocument(c, "/v1/hardware"))
  .get("/v1/hardware/:id", (c) => {
    const id = c.req.param("id");
    // The catalog decides what exists, so no id (say "../models") can name another file.
    const entry = findHardware(id);
    if (!entry) return errorResponse(c, new EngineError("unknown_hardware", `no hardware "${id}" in the catalog; GET /v1/hardware lists them`, "id"), 404);
    return serveDocument(c, `/v1/hardware/${entry.id}`);
  });
