/**
 * Generates the OpenStack provider's CDKTF bindings (our L1) offline: `npm run bindings`.
 *
 * `cdktf get` would download the provider and ask Terraform for its schema; we already hold that
 * schema (stacks/schema/openstack-provider-schema.json, printed by `terraform providers schema -json`
 * for provider v3.4.0), so we run the very generator `cdktf get` runs, with the schema handed in
 * instead of fetched. The provider constraint and the output folder come from cdktf.json.
 *
 * The generated TypeScript is then compiled, with its own compiler settings, into what a prebuilt
 * `@cdktf/provider-openstack` package would hold: CommonJS `.js` plus `.d.ts`. Why: the generator
 * writes code that our strict settings reject (no `override` keywords, so `noImplicitOverride`
 * fails 500 times), TypeScript has no per-folder options, and editing generated code is out. The
 * declarations keep every class, struct and doc comment; `skipLibCheck` then leaves them to the
 * compiler that produced them, exactly as for any package in node_modules.
 *
 * The output (stacks/.gen/) is committed and never edited by hand: change the schema or cdktf.json
 * and run this again. It is byte-for-byte reproducible.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_PATH = join(REPO_ROOT, "stacks/schema/openstack-provider-schema.json");
/** The provider version the schema file was printed for (its README says how it was made). */
export const PROVIDER_VERSION = "3.4.0";

interface CdktfJson {
  language: string;
  codeMakerOutput: string;
  terraformProviders: string[];
}

interface ProviderSchemaFile {
  format_version: string;
  provider_schemas: Record<string, unknown>;
  provider_versions?: Record<string, string>;
}

/** Compiler settings for the generated code only: strict, but without `noImplicitOverride`. */
const GENERATED_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    declaration: true,
    skipLibCheck: true,
    types: ["node"],
    newLine: "lf",
    rootDir: "src",
    outDir: "out",
  },
  include: ["src/**/*.ts"],
};

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * `terraform providers schema -json` does not print versions, but the generator reads the version
 * it stamps into the bindings from a `provider_versions` key; add it for every provider in the file.
 */
export function withProviderVersions(schema: ProviderSchemaFile, version: string): ProviderSchemaFile {
  const provider_versions = Object.fromEntries(Object.keys(schema.provider_schemas).map((fqpn) => [fqpn, version]));
  return { ...schema, provider_versions };
}

/** Runs `cdktf get`'s generator into `srcDir`, reading the schema from our file instead of Terraform. */
async function generateTypescript(config: CdktfJson, schema: ProviderSchemaFile, srcDir: string): Promise<string[]> {
  // Loaded here, not at the top: the generator's dependencies run `terraform version` on import.
  const { ConstructsMaker, TerraformProviderConstraint } = await import("@cdktf/provider-generator");
  type Schemas = Awaited<ReturnType<InstanceType<typeof ConstructsMaker>["getSchemas"]>>;

  class OfflineConstructsMaker extends ConstructsMaker {
    override async getSchemas(): Promise<Schemas> {
      return { providerSchema: schema } as Schemas;
    }
  }

  const constraints = config.terraformProviders.map((item) => new TerraformProviderConstraint(item));
  const maker = new OfflineConstructsMaker({
    targetLanguage: config.language as ConstructorParameters<typeof ConstructsMaker>[0]["targetLanguage"],
    codeMakerOutput: srcDir,
  });
  await maker.generate(constraints);
  return constraints.map((c) => `${c.source}@${c.version ?? "*"}`);
}

/** Compiles the generated TypeScript in `stagingDir/src` to `.js` + `.d.ts` in `stagingDir/out`. */
function compile(stagingDir: string): void {
  writeJson(join(stagingDir, "tsconfig.json"), GENERATED_TSCONFIG);
  // The generated modules are CommonJS-style (extensionless relative imports, a `require`-based
  // lazy index); say so, since our own package is ESM.
  writeJson(join(stagingDir, "package.json"), { type: "commonjs" });
  // Let `cdktf`, `constructs` and @types/node resolve from the repo's own node_modules.
  symlinkSync(join(REPO_ROOT, "node_modules"), join(stagingDir, "node_modules"), "dir");
  // typescript's "exports" hide bin/, so find the package and take the path its "bin" names.
  const tsPackageJson = createRequire(import.meta.url).resolve("typescript/package.json");
  const tsc = join(dirname(tsPackageJson), readJson<{ bin: { tsc: string } }>(tsPackageJson).bin.tsc);
  execFileSync(process.execPath, [tsc, "-p", stagingDir], { stdio: "inherit" });
}

/** Every file under `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = readJson<CdktfJson>(join(REPO_ROOT, "cdktf.json"));
  if (config.language !== "typescript") {
    throw new Error(`cdktf.json: language is ${JSON.stringify(config.language)}; hubstack only generates "typescript"`);
  }
  const schema = withProviderVersions(readJson<ProviderSchemaFile>(SCHEMA_PATH), PROVIDER_VERSION);
  const outdir = join(REPO_ROOT, config.codeMakerOutput);

  const staging = mkdtempSync(join(tmpdir(), "hubstack-bindings-"));
  try {
    const srcDir = join(staging, "src");
    const providers = await generateTypescript(config, schema, srcDir);
    compile(staging);

    // Start clean so that a resource removed from the schema leaves no stale folder behind.
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    cpSync(join(staging, "out"), outdir, { recursive: true });
    // Besides the code, keep what `cdktf get` keeps: per-resource READMEs, versions.json, and
    // constraints.json (with it, `cdktf get` sees these bindings as current and leaves them be).
    for (const file of listFiles(srcDir).filter((f) => !f.endsWith(".ts"))) {
      mkdirSync(dirname(join(outdir, file)), { recursive: true });
      cpSync(join(srcDir, file), join(outdir, file));
    }
    writeJson(join(outdir, "package.json"), { type: "commonjs" });

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`bindings for ${providers.join(", ")} written to ${relative(REPO_ROOT, outdir)}/ in ${seconds}s`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  });
}
