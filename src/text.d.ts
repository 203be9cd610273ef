// Text files bundled into the CLI by esbuild's text loader.
declare module '*.txt' {
  const content: string;
  export default content;
}
