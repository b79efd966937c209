export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mock/**', 'src/core/**', 'src/api/**'],
  litelement: true,
};
