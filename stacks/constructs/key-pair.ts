/**
 * The Nova key pair instances are booted with: created from the operator's public key, or one the
 * project already has.
 */
import { Construct } from "constructs";
import { ComputeKeypairV2 } from "../openstack.js";

export interface IKeyPair {
  readonly keyPairName: string;
}

export interface KeyPairProps {
  readonly name: string;
  /** One OpenSSH public key line. */
  readonly publicKey: string;
}

export class KeyPair extends Construct implements IKeyPair {
  /** A key pair that already exists in the project; nothing is created. */
  static fromName(name: string): IKeyPair {
    if (!name) throw new Error(`KeyPair.fromName(): name must not be empty, got ${JSON.stringify(name)}`);
    return { keyPairName: name };
  }

  readonly keyPairName: string;

  constructor(scope: Construct, id: string, props: KeyPairProps) {
    super(scope, id);
    if (!props.name) throw new Error(`KeyPair ${this.node.path}: name must not be empty, got ${JSON.stringify(props.name)}`);
    if (!/^(ssh-|ecdsa-|sk-)\S+ \S+/.test(props.publicKey ?? "")) {
      throw new Error(`KeyPair ${this.node.path}: publicKey must be an OpenSSH public key line, got ${JSON.stringify(props.publicKey?.slice(0, 30))}`);
    }
    this.keyPairName = new ComputeKeypairV2(this, "Resource", { name: props.name, publicKey: props.publicKey.trim() }).name;
  }
}
