// Reading a stream's text with a size cap, for what comes over the network: request bodies (worker/body.ts) and the
// Hugging Face Hub's answers (shared/hub-http.ts, read by the worker and the widget). Given a stream, it does no I/O
// of its own.

/**
 * A stream's UTF-8 text, read chunk by chunk and given up (the stream cancelled) as soon as it passes `maxBytes`:
 * for request bodies, and for what the Hub sends. The errors to throw are the caller's.
 */
export async function readCappedText(body: ReadableStream<Uint8Array> | null, maxBytes: number, errors: { tooLarge: () => Error; notText: () => Error }): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw errors.tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw errors.notText();
  }
}
