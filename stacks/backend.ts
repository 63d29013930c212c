/**
 * Turns the run layer's decision about where state lives (terraform/backend.ts) into the stack's
 * backend block. The stack never picks a location itself, so two environments cannot share state.
 */
import { HttpBackend, LocalBackend, S3Backend, type TerraformStack } from "cdktf";
import { isAbsolute } from "node:path";
import type { StateBackendSettings } from "../terraform/backend.js";

export function addStateBackend(stack: TerraformStack, settings: StateBackendSettings): void {
  switch (settings.kind) {
    case "local":
      // Relative paths would be resolved against cdktf.out/stacks/<env>, which is disposable.
      if (!isAbsolute(settings.path)) {
        throw new Error(`state backend: a local state path must be absolute, got ${JSON.stringify(settings.path)}`);
      }
      new LocalBackend(stack, { path: settings.path });
      return;
    case "s3":
      // S3-compatible object storage (Ceph RGW, MinIO, ...): no AWS account, STS or IMDS to ask,
      // bucket names in the path, and no AWS-only checksums. Credentials come from AWS_* variables.
      new S3Backend(stack, {
        bucket: settings.bucket,
        key: settings.key,
        region: settings.region,
        endpoints: { s3: settings.endpoint },
        usePathStyle: true,
        skipCredentialsValidation: true,
        skipRegionValidation: true,
        skipRequestingAccountId: true,
        skipMetadataApiCheck: true,
        skipS3Checksum: true,
      });
      return;
    case "http":
      new HttpBackend(stack, {
        address: settings.address,
        ...(settings.lockAddress ? { lockAddress: settings.lockAddress } : {}),
        ...(settings.unlockAddress ? { unlockAddress: settings.unlockAddress } : {}),
      });
      return;
  }
}
