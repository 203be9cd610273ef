// Lint rules: typescript-eslint's recommended set, plus the one architectural rule of STYLE.md: the core
// stays pure (no `vscode`, no Node built-ins) so it runs unchanged in node, the web host, workers and the CLI.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map(m => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/host/node_modules/**', 'src/core/countries/generated/**', '.eval/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: the editor layer adapts it to vscode.' }, ...nodeBuiltins.map(name => ({ name, message: 'src/core is pure: no Node built-ins (it also runs in the web host).' }))],
      }],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['scripts/**', 'test/host/**', 'src/cli.ts', 'test/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
