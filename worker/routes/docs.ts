// GET /openapi.json (generated once per isolate, cacheable) and GET /docs (the page that reads it).
import { Hono } from "hono";
import { cacheableJson } from "../conditional.js";
import { DOCS_PAGE } from "../docs-page.js";
import type { AppEnv } from "../env.js";
import { openApiDocument } from "../openapi.js";

/** Only inline code, and requests to this origin. */
const DOCS_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export const docsRoute = ({ maxSweepPoints }: { maxSweepPoints: number }) =>
  new Hono<AppEnv>()
    .get("/openapi.json", (c) => cacheableJson(c, `/openapi.json#${maxSweepPoints}`, () => openApiDocument({ maxSweepPoints })))
    .get("/docs", (c) => c.html(DOCS_PAGE, 200, { "Cache-Control": "public, max-age=300", "Content-Security-Policy": DOCS_CSP }));
