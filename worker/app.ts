// The app factory: routes, the error contract (every failure is a coded JSON error) and request ids.
import { Hono } from "hono";
import { EngineError } from "../shared/index.js";
import { errorResponse } from "./errors.js";
import { estimateRoute } from "./routes/estimate.js";
import { health } from "./routes/health.js";

export function createApp() {
  const app = new Hono();
  app.route("/", health);
  app.route("/", estimateRoute);
  app.notFound((c) => errorResponse(c, new EngineError("not_found", `no route for ${c.req.method} ${c.req.path}`, "")));
  app.onError((err, c) => {
    if (err instanceof EngineError) return errorResponse(c, err);
    // Anything else is a bug: log it and answer with an id that finds the log line.
    const requestId = crypto.randomUUID();
    console.error(JSON.stringify({ requestId, method: c.req.method, path: c.req.path, error: String(err), stack: err instanceof Error ? err.stack : undefined }));
    return c.json({ error: { code: "internal_error", message: "internal error; quote the request id when reporting it", path: "", requestId } }, 500);
  });
  return app;
}
