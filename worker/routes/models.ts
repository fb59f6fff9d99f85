// GET /v1/models and GET /v1/models/{id}: the model catalog, cacheable (ETag, 304).
import { Hono } from "hono";
import { EngineError, findModel } from "../../shared/index.js";
import { modelEntry, modelList } from "../catalog.js";
import { cacheableJson } from "../conditional.js";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";

export const modelsRoute = new Hono<AppEnv>()
  .get("/v1/models", (c) => cacheableJson(c, "/v1/models", modelList))
  .get("/v1/models/:id", (c) => {
    const id = c.req.param("id");
    const entry = findModel(id);
    if (!entry) return errorResponse(c, new EngineError("unknown_model", `no model "${id}" in the catalog; GET /v1/models lists them`, "id"), 404);
    return cacheableJson(c, `/v1/models/${id}`, () => modelEntry(entry));
  });
