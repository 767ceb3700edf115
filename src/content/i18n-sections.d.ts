/** A dictionary section (vite.config.ts dictionarySections): the keys of one section of a language's dictionary. */
declare module '*.json?section=core' {
  const keys: Readonly<Record<string, string>>;
  export default keys;
}
