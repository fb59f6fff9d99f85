// The app factory: middleware (request id, CORS, 405), every route, and the error contract (every failure is coded JSON).
import { Hono } from "hono";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { EngineError } from "../shared/index.js";
import type { AppEnv } from "./env.js";
import { errorResponse } from "./errors.js";
import { MAX_SWEEP_POINTS } from "./limits.js";
import { breakEvenRoute } from "./routes/breakeven.js";
import { compareRoute } from "./routes/compare.js";
import { docsRoute } from "./routes/docs.js";
import { estimateRoute } from "./routes/estimate.js";
import { hardwareRoute } from "./routes/hardware.js";
import { health } from "./routes/health.js";
import { modelsRoute } from "./routes/models.js";
import { recommendRoute } from "./routes/recommend.js";
import { scenariosRoute } from "./routes/scenarios.js";
import { PAGE_CACHE_CONTROL, serveAsset, staticRoute } from "./routes/static.js";
import { sweepRoute } from "./routes/sweep.js";

export type AppOptions = {
  /**
   * Largest sweep grid the API computes; larger ones get 413 sweep_too_large before any work. The built /openapi.json
   * states MAX_SWEEP_POINTS (worker/limits.ts): change the limit there, not here, for a deployment.
   */
  maxSweepPoints?: number;
};

export function createApp({ maxSweepPoints = MAX_SWEEP_POINTS }: AppOptions = {}) {
  const app = new Hono<AppEnv>();
  // Cloudflare's ray id names the request in the platform's logs too; elsewhere a fresh UUID.
  app.use(requestId({ generator: (c) => c.req.header("cf-ray") ?? crypto.randomUUID() }));
  app.use(
    cors({
      origin: "*",
      allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
      allowHeaders: ["Content-Type", "If-None-Match"],
      exposeHeaders: ["ETag", "X-Cache", "X-Request-Id", "Allow"],
      maxAge: 86_400,
    }),
  );
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        c.header("Allow", methods.join(", "));
        return errorResponse(c, new EngineError("method_not_allowed", `${c.req.method} is not allowed here; use ${methods.join(" or ")}`, ""));
      },
    }),
  );

  app.route("/", health);
  app.route("/", modelsRoute);
  app.route("/", hardwareRoute);
  app.route("/", scenariosRoute);
  app.route("/", estimateRoute);
  app.route("/", compareRoute);
  app.route("/", sweepRoute({ maxPoints: maxSweepPoints }));
  app.route("/", recommendRoute);
  app.route("/", breakEvenRoute);
  app.route("/", docsRoute);
  app.route("/", staticRoute);

  app.notFound(async (c) => {
    // Files the demo page brings along (dist/public) are served as they are; API paths never fall through to them.
    if ((c.req.method === "GET" || c.req.method === "HEAD") && !c.req.path.startsWith("/v1/")) {
      const asset = await serveAsset(c, c.req.path, PAGE_CACHE_CONTROL);
      if (asset) return asset;
    }
    return errorResponse(c, new EngineError("not_found", `no route for ${c.req.method} ${c.req.path}; GET /docs lists them`, ""));
  });

  app.onError((err, c) => {
    if (err instanceof EngineError) return errorResponse(c, err);
    // Anything else is a bug: log it and answer with an id that finds the log line.
    const requestId = c.get("requestId") ?? crypto.randomUUID();
    console.error(JSON.stringify({ requestId, method: c.req.method, path: c.req.path, error: String(err), stack: err instanceof Error ? err.stack : undefined }));
    return c.json({ error: { code: "internal_error", message: "internal error; quote the request id when reporting it", path: "", requestId } }, 500);
  });
  return app;
}
