// GET /v1/hardware and GET /v1/hardware/{id}: the hardware catalog, cacheable (ETag, 304).
import { Hono } from "hono";
import { EngineError, findHardware } from "../../shared/index.js";
import { hardwareEntry, hardwareList } from "../catalog.js";
import { cacheableJson } from "../conditional.js";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";

export const hardwareRoute = new Hono<AppEnv>()
  .get("/v1/hardware", (c) => cacheableJson(c, "/v1/hardware", hardwareList))
  .get("/v1/hardware/:id", (c) => {
    const id = c.req.param("id");
    const entry = findHardware(id);
    if (!entry) return errorResponse(c, new EngineError("unknown_hardware", `no hardware "${id}" in the catalog; GET /v1/hardware lists them`, "id"), 404);
    return cacheableJson(c, `/v1/hardware/${id}`, () => hardwareEntry(entry));
  });
