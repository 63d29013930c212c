/** The nfs-client role's constants; what is mounted where comes from the inventory (nfs.mounts) through template-vars.ts. */
export const NFS_CLIENT_PACKAGES = ["nfs-common"] as const;
