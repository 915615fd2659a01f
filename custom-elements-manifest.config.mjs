// Custom Elements Manifest from the JSDoc of the element classes (`npm run build`, Storybook).
export default {
  globs: ['src/components/**/*.component.ts', 'src/shared/koto-element.ts'],
  exclude: ['src/generated/**', 'src/mock/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
