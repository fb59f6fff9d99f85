// The deployable bundle exactly as `wrangler deploy` would upload it (--dry-run --outdir), and its size gzipped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Builds into a fresh temporary folder; the caller removes `outdir` when done with the script. */
export function deployableBundle(wrangler, env) {
  const outdir = mkdtempSync(join(tmpdir(), "llm-calc-bundle-"));
  execFileSync(wrangler, ["deploy", "--dry-run", "--outdir", outdir], { env, stdio: ["ignore", "ignore", "inherit"] });
  const files = readdirSync(outdir).filter((f) => f.endsWith(".js") || f.endsWith(".mjs"));
  const bytes = files.map((f) => readFileSync(join(outdir, f))).reduce((sum, b) => ({ raw: sum.raw + b.length, gzip: sum.gzip + gzipSync(b, { level: 9 }).length }), { raw: 0, gzip: 0 });
  return { outdir, script: join(outdir, files.find((f) => f === "index.js") ?? files[0]), files, ...bytes };
}
