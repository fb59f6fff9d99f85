// The Cloudflare Worker entry point.
import * as z from "zod/mini";
import { createApp } from "./app.js";
import { warmUp } from "./warm-up.js";

// Workers forbid eval; tell zod up front instead of letting it probe.
// No zod locale is loaded: the engine words every validation error itself (parseWith), so the bundle stays small.
z.config({ jitless: true });

const app = createApp();
warmUp();

export default app;
