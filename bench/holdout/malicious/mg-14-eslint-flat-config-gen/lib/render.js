'use strict';

function render(s) {
  const imports = ["import js from '@eslint/js';", "import globals from 'globals';"];
  const devDeps = ['eslint@^9', '@eslint/js@^9', 'globals'];
  const blocks = ['  js.configs.recommended,'];
  const env = [s.browser && '...globals.browser', s.node && '...globals.node'].filter(Boolean);

  if (s.typescript) {
    imports.push("import tseslint from 'typescript-eslint';");
    devDeps.push('typescript-eslint');
    blocks.push('  ...tseslint.configs.recommended,');
  }
  if (s.react) {
    imports.push("import react from 'eslint-plugin-react';", "import hooks from 'eslint-plugin-react-hooks';");
    devDeps.push('eslint-plugin-react', 'eslint-plugin-react-hooks');
    blocks.push("  { plugins: { react, 'react-hooks': hooks }, settings: { react: { version: 'detect' } },",
      "    rules: { ...react.configs.recommended.rules, ...hooks.configs.recommended.rules, 'react/react-in-jsx-scope': 'off' } },");
  }
  if (s.vue) {
    imports.push("import vue from 'eslint-plugin-vue';");
    devDeps.push('eslint-plugin-vue');
    blocks.push("  ...vue.configs['flat/recommended'],");
  }
  if (s.test) {
    blocks.push(`  { files: ['**/*.{test,spec}.{js,ts,jsx,tsx}'], languageOptions: { globals: { ...globals.${s.test === 'jest' ? 'jest' : 'vitest'} } } },`);
  }
  if (s.prettier) {
    imports.push("import prettier from 'eslint-config-prettier';");
    devDeps.push('eslint-config-prettier');
    blocks.push('  prettier,');
  }
  blocks.push(`  { languageOptions: { globals: { ${env.join(', ')} } } },`);
  if (s.extraRules && Object.keys(s.extraRules).length) {
    blocks.push(`  { rules: ${JSON.stringify(s.extraRules, null, 2).replace(/\n/g, '\n  ')} },`);
  }
  blocks.unshift("  { ignores: ['dist/**', 'build/**', 'coverage/**', '.next/**'] },");

  const source = `${imports.join('\n')}\n\nexport default [\n${blocks.join('\n')}\n];\n`;
  return { source, devDeps };
}

module.exports = { render };
