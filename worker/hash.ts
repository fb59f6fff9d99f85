// Content hashes for ETags and cache keys: SHA-256 (crypto.subtle) over a canonical JSON form.

/**
 * JSON with object keys sorted at every depth, so two bodies that differ only in key order hash alike. Arrays keep
 * their order: an object whose key order means something goes in as `Object.entries(...)`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
