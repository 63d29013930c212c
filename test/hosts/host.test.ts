/**
 * Every suite that runs against the one shared test host (test/hosts/setup.ts starts it), in one file: vitest runs
 * a file's tests one after another, so the suites never touch the host at the same time, while the file itself
 * runs beside the other projects. (A project of several files would need fileParallelism: false, and vitest runs
 * such a project only after every parallel one has finished: ten minutes added to CI behind the end-to-end test.)
 */
import "./system.suite.js";
import "./files.suite.js";
import "./faults.suite.js";
import "./interrupted.suite.js";
import "./backup.suite.js";
