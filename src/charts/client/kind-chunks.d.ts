// The URLs of the interactive chunks (kind-chunks.ts): `common` (interactive.ts) and one per kind.
declare module 'virtual:chart-kind-chunks' {
  const urls: Readonly<Record<string, string>>;
  export default urls;
}
