declare module 'virtual:koto-stories' {
  const loaders: [string, () => Promise<Record<string, unknown>>][];
  export default loaders;
}
