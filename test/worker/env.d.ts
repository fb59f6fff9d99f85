// Vite's ?raw imports, as the tests use them (the README, read as text).
declare module "*?raw" {
  const text: string;
  export default text;
}
