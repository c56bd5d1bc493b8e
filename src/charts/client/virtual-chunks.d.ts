// The URLs of the interactive chunks (kind-chunks.ts): `common` (interactive.ts) and one per kind.
declare module 'virtual:chart-kind-chunks' {
  const urls: Readonly<Record<string, string>>;
  export default urls;
}

// The embed's own copy of hydrate.ts (kind-chunks.ts).
declare module '*/hydrate.ts?embed' {
  export const hydrateCharts: typeof import('./hydrate.ts').hydrateCharts;
}
