// The browser's GET of a Hub URL for shared/hub-http.ts (the worker has its own): fetch follows the Hub's redirects
// itself (a renamed repository, its file cache), then only an answer from the Hub's own origin is read, up to the cap.
import { hubGot, hubOffHostError, type HubGet } from "../../shared/hub-http.js";

export const browserGet: HubGet = async (url, maxBytes, request) => {
  // No cookies: the Hub is read as anyone reads it, so what it refuses here it refuses the API too.
  const response = await fetch(url, { redirect: "follow", credentials: "omit", signal: request.signal });
  const landed = new URL(response.url || url);
  if (landed.origin !== request.origin) {
    await response.body?.cancel();
    throw hubOffHostError(request.id, landed.host);
  }
  return hubGot(response, maxBytes, request.id);
};
