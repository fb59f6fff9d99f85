// The parts of the engine the panels chunk runs (sweeps, the best of a comparison), imported from their own modules.
// The panels import nothing at run time from ./engine.js: esbuild's code splitting would give a module the entry and
// a chunk both import a chunk file of its own (for a module of re-exports, an empty one the page must still fetch).
export { sweep, sweepPointCount } from "../shared/sweep.js";
export { bestOf } from "../shared/compare.js";
export { MODELS } from "../shared/catalog/index.js";
