// GET /openapi.json (generated at build time, cacheable) and GET /docs (the page that reads it).
import { Hono } from "hono";
import { DOCS_PAGE } from "../docs-page.js";
import { serveDocument } from "../documents.js";
import type { AppEnv } from "../env.js";

/** Only inline code, and requests to this origin. */
const DOCS_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export const docsRoute = new Hono<AppEnv>()
  .get("/openapi.json", (c) => serveDocument(c, "/openapi.json"))
  .get("/docs", (c) => c.html(DOCS_PAGE, 200, { "Cache-Control": "public, max-age=300", "Content-Security-Policy": DOCS_CSP }));
