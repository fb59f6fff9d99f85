// The hub chunk, loaded by the panels chunk (../hub-chunk.js) the first time a person picks the Hugging Face entry or
// a request names a Hub model: the Hub model field with its search, and the reading of Hub models from this browser.
// Its field adopts its styles through the panels module (./view.js), which is always in the page before it. That
// import also keeps the main bundle in one chunk: esbuild groups modules by the chunks that reach them, and the
// panels reach every module of the main bundle's chunk, so this chunk does too; reaching only some of them would split
// that chunk in two (about 0.9 KB more gzipped).
export { renderHub } from "./view.js";
export { withHubModel } from "./models.js";
