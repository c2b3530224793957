// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const features = ['catalog', 'release', 'uploads', 'active-apps', 'activity', 'actions'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...Object.fromEntries(
        Object.keys(reactHooks.configs.recommended.rules).map((rule) => [rule, 'error']),
      ),
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  // Only src/api may talk HTTP.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/mocks/**', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/api/ does HTTP; use the client.' },
        { name: 'XMLHttpRequest', message: 'Only src/api/ does HTTP; use the client.' },
      ],
    },
  },
  // The domain is pure: no React, no HTTP, no features.
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@mui/*', '@tanstack/*'], message: 'domain/ is pure.' },
            { group: ['**/features/**', '**/mocks/**', '**/app/**'], message: 'domain/ is pure.' },
          ],
        },
      ],
    },
  },
  // The app never imports the simulator statically (it must stay out of the production bundle).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/mocks/**', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mocks/**', '**/mocks'],
              message: 'The simulator is for dev and tests only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  // Features do not import each other (and their code never imports the simulator).
  ...features.flatMap((feature) => {
    const others = {
      group: features
        .filter((other) => other !== feature)
        .flatMap((other) => [`**/features/${other}`, `**/features/${other}/**`]),
      message: 'Features do not import each other; move shared code to src/components.',
    };
    const simulator = {
      group: ['**/mocks/**', '**/mocks'],
      message: 'The simulator is for dev and tests only.',
      allowTypeImports: true,
    };
    return [
      {
        files: [`src/features/${feature}/**/*.{ts,tsx}`],
        ignores: ['**/*.test.{ts,tsx}'],
        rules: { 'no-restricted-imports': ['error', { patterns: [others, simulator] }] },
      },
      {
        files: [`src/features/${feature}/**/*.test.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns: [others] }] },
      },
    ];
  }),
  {
    // Tools want default exports from their config files.
    files: ['*.config.{js,ts}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
