import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: the suite must pass on a machine busy with other work, and no test may depend on its speed.
    testTimeout: 300_000,
  },
})
