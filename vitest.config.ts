import { defineConfig } from "vitest/config";

// Projects: unit (pure code, the real terraform binary, no VMs), then the slow ones on real VMs.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "test/synth/**/*.test.ts", "test/cli/**/*.test.ts", "test/terraform/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        // The health check against a real JupyterHub (Debian's, on loopback); setup.ts installs it once.
        test: {
          name: "health",
          include: ["test/health/**/*.test.ts"],
          globalSetup: ["test/health/setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
