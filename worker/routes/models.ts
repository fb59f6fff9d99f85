// GET /v1/models and GET /v1/models/{id}: the model catalog, built at build time, cacheable (ETag, 304).
import { Hono } from "hono";
import { EngineError, findModel } from "../../shared/index.js";
import { serveDocument } from "../documents.js";
import type { AppEnv } from "../env.js";
import { errorResponse } from "../errors.js";

export const modelsRoute = new Hono<AppEnv>()
  .get("/v1/models", (c) => serveDocument(c, "/v1/models"))
  .get("/v1/models/:id", (c) => {
    const id = c.req.param("id");
    // The catalog decides what exists, so no id (say "../hardware") can name another file.
    const entry = findModel(id);
    if (!entry) return errorResponse(c, new EngineError("unknown_model", `no model "${id}" in the catalog; GET /v1/models lists them`, "id"), 404);
    return serveDocument(c, `/v1/models/${entry.id}`);
  });
