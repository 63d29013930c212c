/**
 * Runs the local-environment tests on their own: `npx vitest run -c test/local/vitest.config.ts`.
 * The repository's vitest.config.ts should carry the same two projects (see test/local/README note in the
 * report): "local-unit" is fast and needs nothing; "local" boots real VMs (root, minutes).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  test: {
    root,
    projects: [
      { test: { name: "local-unit", root, include: ["test/local/pure.test.ts"], testTimeout: 60_000 } },
      {
        test: {
          name: "local",
          root,
          include: ["test/local/vm.test.ts"],
          fileParallelism: false,
          // TCG: a cold base image build takes minutes, a boot ~20-60 s per VM, more when the host is busy.
          testTimeout: 900_000,
          hookTimeout: 3_600_000,
        },
      },
    ],
  },
});
