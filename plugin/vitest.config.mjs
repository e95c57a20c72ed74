// Unit tests of the plugin's logic (filters, words, evidence); the screens are tested in a real Chromium by the Java build.
export default { test: { include: ['test/**/*.test.ts'], environment: 'node', watch: false } }
