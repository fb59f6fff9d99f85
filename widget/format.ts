// Formatting for people: numbers to three significant digits, units spelled out, "—" for unknown; a configuration in
// one line.
import type { EstimateResult } from "./engine.js";

type N = number | null | undefined;

const sig = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });
const whole = new Intl.NumberFormat("en-US");

export const DASH = "—";
export const num = (v: N, unit = ""): string => (v == null ? DASH : sig.format(v) + unit);
export const int = (v: N): string => (v == null ? DASH : whole.format(v));
export const short = (v: number): string => compact.format(v);
export const ms = (v: N): string => (v == null ? DASH : v >= 1000 ? sig.format(v / 1000) + " s" : sig.format(v) + " ms");
export const usd = (v: N): string => (v == null ? DASH : "$" + sig.format(v));
export const gb = (v: N): string => num(v, " GB");
export const pct = (v: number): string => Math.round(v * 100) + "%";
export const params = (v: number): string => (v >= 1e9 ? sig.format(v / 1e9) + " B" : sig.format(v / 1e6) + " M");
/** Token counts as people say them: 1k = 1024 when the value is a power of two. */
export const tokens = (v: number): string => (v >= 1024 && v % 1024 === 0 ? v / 1024 + "k" : short(v));

/** A number or weight format as people write it: "FP8", "GGUF Q4_K_M". */
export const formatName = (p: string): string => p.toUpperCase().replace("-", " ");

/** "Llama 3.1 8B · 2 × H100 SXM · FP8/INT8 KV": model, devices and formats (model and provider for an API). */
export function describe(r: EstimateResult): string {
  const spec = r.hardware.spec;
  if (!spec) return `${r.model.name} · ${r.hardware.name}`;
  const p = r.inputs.precision;
  return `${r.model.name} · ${r.inputs.deviceCount} × ${r.hardware.name} · ${formatName(p.weights)}${p.kvCache === p.weights ? "" : `/${formatName(p.kvCache)} KV`}`;
}
