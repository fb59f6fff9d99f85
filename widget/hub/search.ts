// The Hub's model search, as the Hub model field asks it while a person types: `GET {hub}/api/models` for the
// text-generation models whose id contains the text, most downloaded first, each with its downloads and whether it is
// gated (`expand[]` asks for only those). What comes back is untrusted: only well-formed ids are kept, and the answer
// is read up to a cap. Answers are kept for the page's life (a few dozen), so typing back to a word asks nothing.
import { HUB_REPO_ID } from "../../shared/hub-id.js";
import { readCappedText } from "../../shared/read-capped.js";

/** Models listed per search: enough to find one, few enough to read at a glance. */
export const SEARCH_LIMIT = 8;
/** Eight models' ids, downloads and gating are well under a kilobyte. */
const MAX_SEARCH_BYTES = 64 * 1024;
/** Searches remembered: the words of one person's session, not the Hub's catalog. */
const REMEMBERED = 32;

const answers = new Map<string, Found[]>();

export type Found = { id: string; downloads: number | null; gated: boolean };

export function searchUrl(hub: string, text: string): string {
  const query = new URLSearchParams({ search: text, pipeline_tag: "text-generation", sort: "downloads", limit: String(SEARCH_LIMIT) });
  query.append("expand[]", "downloads");
  query.append("expand[]", "gated");
  return `${hub}/api/models?${query}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The models found, or an error saying why there are none to show (the Hub's status, or an answer not of its form). */
export async function searchHub(hub: string, text: string, signal: AbortSignal): Promise<Found[]> {
  const url = searchUrl(hub, text);
  const known = answers.get(url);
  if (known) return known;
  const found = await ask(url, new URL(hub).origin, signal);
  if (answers.size === REMEMBERED) answers.delete(answers.keys().next().value!);
  answers.set(url, found);
  return found;
}

async function ask(url: string, origin: string, signal: AbortSignal): Promise<Found[]> {
  const response = await fetch(url, { credentials: "omit", signal });
  if (!response.ok || new URL(response.url).origin !== origin) {
    await response.body?.cancel();
    throw new Error(response.ok ? "it redirected off the Hub" : `HTTP ${response.status}`);
  }
  const errors = { tooLarge: () => new Error("its answer is too large"), notText: () => new Error("its answer is not text") };
  const list: unknown = JSON.parse(await readCappedText(response.body, MAX_SEARCH_BYTES, errors));
  if (!Array.isArray(list)) throw new Error("its answer is not a list of models");
  return list.flatMap((m: unknown) =>
    isObject(m) && typeof m.id === "string" && HUB_REPO_ID.test(m.id)
      ? [{ id: m.id, downloads: typeof m.downloads === "number" ? m.downloads : null, gated: m.gated !== undefined && m.gated !== false }]
      : [],
  );
}
