/** Options for every zod parse in the engine: skip zod's eval-based fast path (no `new Function`; CSP-safe). */
export const NO_EVAL = { jitless: true } as const;
