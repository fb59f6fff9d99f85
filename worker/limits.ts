// The deployed API's sweep limit, in one place: the app enforces it and the build writes it into /openapi.json.
import { DEFAULT_MAX_SWEEP_POINTS } from "../shared/index.js";

/** Largest sweep grid the deployed API computes; larger ones get 413 sweep_too_large before any work. */
export const MAX_SWEEP_POINTS = DEFAULT_MAX_SWEEP_POINTS;
