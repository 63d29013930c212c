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
    ],
  },
});
