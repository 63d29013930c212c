/**
 * The schema checker on deliberately bad Terraform JSON: each kind of problem, found where it is and
 * said in words, and nothing reported for what Terraform accepts.
 */
import { describe, expect, it } from "vitest";
import { checkAgainstSchema, formatProblem, type ProviderSchemaFile, type SchemaProblem } from "../../stacks/schema-check/index.js";
import { loadOpenstackSchema } from "../../stacks/schema/openstack.js";

const OPENSTACK = "registry.terraform.io/terraform-provider-openstack/openstack";
const schema = loadOpenstackSchema();

/** A cdk.tf.json skeleton with the provider declared the way cdktf writes it. */
function tf(sections: Record<string, unknown>): Record<string, unknown> {
  return {
    terraform: { required_providers: { openstack: { source: "terraform-provider-openstack/openstack", version: "3.4.0" } } },
    ...sections,
  };
}

const keypair = (body: Record<string, unknown>) => tf({ resource: { openstack_compute_keypair_v2: { kp: body } } });
const only = (problems: SchemaProblem[]) => {
  expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
  return problems[0]!;
};

describe("checkAgainstSchema on valid JSON", () => {
  it("accepts a resource with its required attributes, blocks, meta-arguments and expressions", () => {
    // GIVEN an instance with a network block, a lifecycle, depends_on and expressions for non-strings
    const json = tf({
      provider: { openstack: [{ cloud: "hubstack", region: "RegionOne" }] },
      data: { openstack_dns_zone_v2: { zone: { name: "example.org." } } },
      resource: {
        openstack_compute_instance_v2: {
          hub: {
            "//": { metadata: { path: "x/hub" } },
            name: "hub",
            flavor_name: "m1.large",
            image_id: "${data.openstack_images_image_v2.base.id}",
            metadata: { role: "hub" },
            network: [{ port: "${openstack_networking_port_v2.hub.id}" }],
            config_drive: "${var.config_drive}",
            depends_on: ["openstack_networking_router_interface_v2.ri"],
            lifecycle: { ignore_changes: ["user_data", "image_id"] },
            count: 1,
          },
        },
        openstack_networking_secgroup_rule_v2: {
          ssh: { direction: "ingress", ethertype: "IPv4", security_group_id: "${x.id}", port_range_min: 22, port_range_max: "${var.port}" },
        },
        terraform_data: { marker: { input: "anything" } },
      },
    });
    // WHEN it is checked THEN there is nothing to say
    expect(checkAgainstSchema(json, schema).map(formatProblem)).toEqual([]);
  });

  it("accepts a dynamic block whose content fits the block type", () => {
    const json = tf({
      resource: {
        openstack_compute_instance_v2: {
          hub: { name: "hub", dynamic: { network: { for_each: "${var.nets}", content: { uuid: "${network.value}" } } } },
        },
      },
    });
    expect(checkAgainstSchema(json, schema)).toEqual([]);
  });

  it("treats null as unset, even for a required attribute's type", () => {
    expect(checkAgainstSchema(keypair({ name: "k", public_key: null }), schema)).toEqual([]);
  });
});

describe("checkAgainstSchema on bad JSON", () => {
  it("reports an unknown resource type, with the nearest real one", () => {
    // GIVEN the floating IP association that provider v3 removed
    const json = tf({ resource: { openstack_compute_floatingip_associate_v2: { fip: { floating_ip: "1.2.3.4", instance_id: "x" } } } });
    // WHEN checked THEN the type itself is the problem
    const p = only(checkAgainstSchema(json, schema));
    expect(p).toMatchObject({ kind: "unknown-type", address: "openstack_compute_floatingip_associate_v2.fip", path: "" });
    expect(p.message).toContain('unknown resource type "openstack_compute_floatingip_associate_v2"');
    expect(p.message).toContain('did you mean "openstack_networking_floatingip_associate_v2"');
  });

  it("reports an unknown data source type", () => {
    const json = tf({ data: { openstack_images_image_v3: { hub: { name: "x" } } } });
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({
      kind: "unknown-type",
      address: "data.openstack_images_image_v3.hub",
      message: expect.stringContaining('unknown data source "openstack_images_image_v3"'),
    });
  });

  it("reports a provider that has no schema", () => {
    const json = tf({ resource: { aws_instance: { web: { ami: "x" } } } });
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({
      kind: "unknown-provider",
      address: "aws_instance.web",
      message: 'no schema for provider "aws" (source hashicorp/aws)',
    });
  });

  it("reports an unknown attribute name, with a suggestion", () => {
    const p = only(checkAgainstSchema(keypair({ name: "k", public_keys: "ssh-ed25519 AAAA" }), schema));
    expect(p).toMatchObject({ kind: "unknown-name", address: "openstack_compute_keypair_v2.kp", path: "public_keys" });
    expect(p.message).toBe('unknown attribute or block "public_keys"; did you mean "public_key"?');
  });

  it("reports an unknown name inside a nested block", () => {
    const json = tf({ resource: { openstack_compute_instance_v2: { hub: { name: "hub", network: [{ port: "p" }, { ports: "q" }] } } } });
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({ kind: "unknown-name", path: "network[1].ports" });
  });

  it("reports a missing required attribute", () => {
    const p = only(checkAgainstSchema(keypair({ public_key: "ssh-ed25519 AAAA" }), schema));
    expect(p).toMatchObject({ kind: "missing-required", path: "name", message: 'required attribute "name" is missing' });
  });

  it("reports a missing required attribute of a nested block", () => {
    // block_device.source_type is required
    const json = tf({ resource: { openstack_compute_instance_v2: { hub: { name: "hub", block_device: [{ uuid: "x", boot_index: 0 }] } } } });
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({ kind: "missing-required", path: "block_device[0].source_type" });
  });

  it("reports a missing required attribute of the provider block", () => {
    // GIVEN a tiny schema whose provider requires `endpoint`
    const tiny: ProviderSchemaFile = {
      provider_schemas: { "registry.terraform.io/hashicorp/tiny": { provider: { block: { attributes: { endpoint: { type: "string", required: true } } } } } },
    };
    const p = only(checkAgainstSchema({ provider: { tiny: [{ alias: "second" }] } }, tiny));
    expect(p).toMatchObject({ kind: "missing-required", address: "provider.tiny", path: "endpoint" });
  });

  it("reports a computed-only attribute that is set", () => {
    // fingerprint is computed, never optional
    const p = only(checkAgainstSchema(keypair({ name: "k", fingerprint: "aa:bb" }), schema));
    expect(p).toMatchObject({ kind: "computed-only", path: "fingerprint", message: "is computed by the provider and cannot be set" });
  });

  it("accepts optional+computed attributes such as id and region", () => {
    expect(checkAgainstSchema(keypair({ name: "k", region: "RegionOne", id: "x" }), schema)).toEqual([]);
  });

  it("reports too many blocks for max_items", () => {
    // openstack_networking_router_v2.external_fixed_ip is a list; vendor_options has max_items 1
    const json = tf({ resource: { openstack_networking_router_v2: { r: { vendor_options: [{ set_router_gateway_after_create: true }, {}] } } } });
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({ kind: "block-count", path: "vendor_options", message: "has 2 blocks, at most 1 allowed" });
  });

  it("reports too few blocks for min_items", () => {
    // GIVEN a schema whose resource needs one or two `rule` blocks
    const tiny: ProviderSchemaFile = {
      provider_schemas: {
        "registry.terraform.io/hashicorp/tiny": {
          resource_schemas: {
            tiny_policy: {
              block: { block_types: { rule: { nesting_mode: "list", min_items: 2, block: { attributes: { name: { type: "string", optional: true } } } } } },
            },
          },
        },
      },
    };
    const one = { resource: { tiny_policy: { p: { rule: [{ name: "a" }] } } } };
    const none = { resource: { tiny_policy: { p: {} } } };
    expect(only(checkAgainstSchema(one, tiny))).toMatchObject({ kind: "block-count", path: "rule", message: "has 1 blocks, at least 2 required" });
    expect(only(checkAgainstSchema(none, tiny))).toMatchObject({ kind: "missing-required", path: "rule", message: 'required block "rule" is missing' });
  });

  it.each([
    ["a number for a string", { name: 42, public_key: "k" }, "name", "expected a string, found the number 42"],
    ["a bool for a string", { name: "k", public_key: "k", value_specs: { a: "b" }, region: true }, "region", "expected a string, found the bool true"],
  ])("reports a literal of the wrong type: %s", (_label, body, path, message) => {
    expect(only(checkAgainstSchema(keypair(body), schema))).toMatchObject({ kind: "literal-type", path, message });
  });

  it("reports literal type mismatches for number, bool, list, set, map and object", () => {
    // GIVEN one wrong literal of each kind
    const tiny: ProviderSchemaFile = {
      provider_schemas: {
        "registry.terraform.io/hashicorp/tiny": {
          resource_schemas: {
            tiny_thing: {
              block: {
                attributes: {
                  size: { type: "number", optional: true },
                  enabled: { type: "bool", optional: true },
                  names: { type: ["list", "string"], optional: true },
                  tags: { type: ["set", "string"], optional: true },
                  labels: { type: ["map", "string"], optional: true },
                  endpoint: { type: ["object", { host: "string", port: "number" }], optional: true },
                  rules: { type: ["list", ["object", { port: "number" }]], optional: true },
                },
              },
            },
          },
        },
      },
    };
    const json = {
      resource: {
        tiny_thing: {
          t: {
            size: "10",
            enabled: "true",
            names: "a,b",
            tags: ["a", 1],
            labels: { a: ["x"] },
            endpoint: { host: "h", portt: 80 },
            rules: [{ port: "${var.p}" }, { port: "22" }],
          },
        },
      },
    };
    // WHEN checked THEN each is reported at its own path
    const problems = checkAgainstSchema(json, tiny).map((p) => [p.kind, p.path, p.message]);
    expect(problems).toEqual([
      ["literal-type", "size", 'expected a number, found the string "10"'],
      ["literal-type", "enabled", 'expected a bool, found the string "true"'],
      ["literal-type", "names", 'expected a list of string, found the string "a,b"'],
      ["literal-type", "tags[1]", "expected a string, found the number 1"],
      ["literal-type", 'labels["a"]', "expected a string, found a list"],
      ["unknown-name", "endpoint.portt", 'unknown object attribute "portt"; did you mean "port"?'],
      ["missing-required", "endpoint.port", 'object attribute "port" is missing'],
      ["literal-type", "rules[1].port", 'expected a number, found the string "22"'],
    ]);
  });

  it("accepts an expression in place of any literal, whole or element by element", () => {
    const json = tf({
      resource: {
        openstack_networking_port_v2: {
          p: {
            network_id: "${x.id}",
            admin_state_up: "${var.up}",
            security_group_ids: "${var.groups}",
            allowed_address_pairs: [{ ip_address: "${var.vip}" }],
            fixed_ip: [{ subnet_id: "${y.id}" }],
            tags: ["${var.tag}", "literal"],
          },
        },
      },
    });
    expect(checkAgainstSchema(json, schema)).toEqual([]);
  });

  it("checks the provider block's attributes", () => {
    const json = tf({ provider: { openstack: [{ cloud: "x", insecure: "yes", clod: "y" }] } });
    expect(checkAgainstSchema(json, schema).map((p) => [p.address, p.kind, p.path])).toEqual([
      ["provider.openstack", "literal-type", "insecure"],
      ["provider.openstack", "unknown-name", "clod"],
    ]);
  });

  it("reports ignore_changes entries that name nothing", () => {
    const json = tf({ resource: { openstack_compute_instance_v2: { hub: { name: "hub", lifecycle: { ignore_changes: ["userdata"] } } } } });
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({
      kind: "unknown-name",
      path: "lifecycle.ignore_changes[0]",
      message: 'names no attribute or block "userdata"; did you mean "user_data"?',
    });
  });

  it("reports a dynamic block for a block type that does not exist", () => {
    const json = tf({ resource: { openstack_compute_instance_v2: { hub: { name: "hub", dynamic: { networks: { for_each: "${v}", content: {} } } } } } });
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({ kind: "unknown-name", path: "dynamic.networks" });
  });

  it("finds the provider through required_providers, not through a guess", () => {
    // GIVEN the openstack resources declared under another source THEN there is no schema for them
    const json = { terraform: { required_providers: { openstack: { source: "example/openstack" } } }, resource: { openstack_compute_keypair_v2: { kp: { name: "k" } } } };
    expect(only(checkAgainstSchema(json, schema))).toMatchObject({ kind: "unknown-provider", message: expect.stringContaining("example/openstack") });
  });

  it("formats a problem as address.path: message", () => {
    const p = only(checkAgainstSchema(keypair({ public_key: "k" }), schema));
    expect(formatProblem(p)).toBe('openstack_compute_keypair_v2.kp.name: required attribute "name" is missing');
  });

  it("has the provider it is meant for", () => {
    expect(Object.keys(schema.provider_schemas)).toEqual([OPENSTACK]);
  });
});
