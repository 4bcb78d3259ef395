// Type-aware linting for the whole tree; `npm run lint` adds `web-ext lint` on the Firefox build.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/corpus/**/*.html', 'bench/out/**', 'shots/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Page-derived strings must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert page text with textContent, never as HTML.' },
        { property: 'outerHTML', message: 'Insert page text with textContent, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Insert page text with textContent, never as HTML.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript build/test scripts: syntax rules only (they are not in the TS project).
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  {
    // Build scripts and tests run in Node on trusted input.
    files: ['**/*.mjs', 'test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
