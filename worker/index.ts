// The Cloudflare Worker entry point.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { createApp } from "./app.js";

// Workers forbid eval; tell zod up front instead of letting it probe.
z.config({ jitless: true });
// zod/mini ships without messages ("Invalid input"); API users get the English ones ("Too small: expected ...").
z.config(en());

export default createApp();
