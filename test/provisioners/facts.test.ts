/** Parsers of facts whose host side the VM suites exercise; here the edge cases a host rarely shows. */
import { describe, expect, it } from "vitest";
import { image } from "../../provisioners/facts/docker.js";

describe("docker.image fact", () => {
  const fact = image("hubstack/course:deploy");

  it("reads the id and the recipe label; an image without labels (docker import) has an empty recipe", () => {
    expect(fact.parse("sha256:abc 677796d3b3687583\n", 0)).toEqual({ id: "sha256:abc", recipe: "677796d3b3687583" });
    expect(fact.parse("sha256:def \n", 0)).toEqual({ id: "sha256:def", recipe: "" });
    expect(fact.script).toContain("{{with .Config}}{{with .Labels}}");
  });

  it("an image docker does not know is absent", () => {
    expect(fact.parse("@absent\n", 0)).toBeNull();
  });

  it("a daemon that does not answer is an error naming the image, not an absent image", () => {
    expect(() => fact.parse("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", 1)).toThrow(
      /could not tell whether image hubstack\/course:deploy exists: Cannot connect/,
    );
  });
});
