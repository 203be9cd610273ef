declare module 'virtual:country-numeric' {
  /** ISO 3166-1 numeric (as world-atlas ids: "392") -> alpha-2 ("JP"). */
  export const NUMERIC_TO_ALPHA2: Readonly<Record<string, string>>;
  /** Shapes world-atlas gives no numeric id, by their name. */
  export const NAME_TO_ALPHA2: Readonly<Record<string, string>>;
}
declare module 'world-atlas/countries-110m.json' {
  const topology: unknown;
  export default topology;
}
