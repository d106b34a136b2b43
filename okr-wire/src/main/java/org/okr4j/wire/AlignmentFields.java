package org.okr4j.wire;

import static org.okr4j.wire.Field.optional;
import static org.okr4j.wire.Field.required;

/** The fields of alignment graphs ({@code docs/wire-format.md}, "Alignment graphs"). */
final class AlignmentFields {

  static final Field SET = required("set");
  static final Field POLICY = required("policy");
  static final Field LINKS = required("links");
  static final Shape GRAPH = Shape.of("alignment-graph", "@alignment-graph", SET, POLICY, LINKS);

  static final Field PARENTS = required("parents");
  static final Field LEVELS = required("levels");
  static final Field CYCLES = required("cycles");
  static final Shape ALIGNMENT_POLICY = Shape.of("alignment policy", "@alignment-graph/properties/policy", PARENTS,
      LEVELS, CYCLES);

  static final Field CHILD = required("child");
  static final Field PARENT = required("parent");
  /** {@code contributes} (the default, left out of a compact document) or {@code supports}. */
  static final Field LINK_KIND = optional("kind");
  static final Field LINK_WEIGHT = optional("weight");
  static final Shape LINK = Shape.of("link", "@alignment-graph/properties/links/items", CHILD, PARENT, LINK_KIND,
      LINK_WEIGHT);

  /** {@code objective} (the default, left out of a compact document) or {@code key-result}. */
  static final Field NODE_KIND = optional("kind");
  static final Field NODE_ID = required("id");
  static final Shape NODE = Shape.of("node", "$defs/node", NODE_KIND, NODE_ID);

  private AlignmentFields() {}
}
