package org.okr4j.wire;

import static org.okr4j.wire.AlignmentFields.CHILD;
import static org.okr4j.wire.AlignmentFields.CYCLES;
import static org.okr4j.wire.AlignmentFields.LEVELS;
import static org.okr4j.wire.AlignmentFields.LINKS;
import static org.okr4j.wire.AlignmentFields.LINK_KIND;
import static org.okr4j.wire.AlignmentFields.LINK_WEIGHT;
import static org.okr4j.wire.AlignmentFields.NODE_ID;
import static org.okr4j.wire.AlignmentFields.NODE_KIND;
import static org.okr4j.wire.AlignmentFields.PARENT;
import static org.okr4j.wire.AlignmentFields.PARENTS;
import static org.okr4j.wire.AlignmentFields.POLICY;
import static org.okr4j.wire.AlignmentFields.SET;

import java.io.IOException;
import java.math.BigDecimal;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.LinkKind;
import org.okr4j.alignment.NodeRef;

/**
 * Writes alignment graphs ({@code docs/wire-format.md}, "Alignment graphs"); a compact document leaves
 * out a link's default kind ({@code contributes}) and weight, and a node's default kind
 * ({@code objective}).
 */
final class AlignmentWriter {

  /** The wire kind of an objective node. */
  static final String OBJECTIVE = "objective";

  /** The wire kind of a key-result node. */
  static final String KEY_RESULT = "key-result";

  private AlignmentWriter() {}

  static void graphFields(Out out, AlignmentGraph graph) throws IOException {
    out.object(SET);
    ModelWriter.okrSetFields(out, graph.set());
    out.endObject();
    alignmentFields(out, graph);
  }

  /** The alignment of a graph without its set: its {@code policy} and {@code links}. */
  static void alignmentFields(Out out, AlignmentGraph graph) throws IOException {
    out.object(POLICY);
    out.token(PARENTS, graph.policy().parents());
    out.token(LEVELS, graph.policy().levels());
    out.token(CYCLES, graph.policy().cycles());
    out.endObject();
    out.array(LINKS);
    for (Link link : graph.links()) {
      out.startObject();
      out.name(CHILD);
      node(out, link.child());
      out.name(PARENT);
      node(out, link.parent());
      if (out.writes(link.kind(), LinkKind.CONTRIBUTES)) {
        out.token(LINK_KIND, link.kind());
      }
      // Compact: a link's default weight is 1 when it contributes, 0 when it supports.
      if (out.writes(link.weight(), link.kind() == LinkKind.SUPPORTS ? BigDecimal.ZERO : BigDecimal.ONE)) {
        out.decimal(LINK_WEIGHT, link.weight());
      }
      out.endObject();
    }
    out.endArray();
  }

  private static void node(Out out, NodeRef node) throws IOException {
    out.startObject();
    if (!out.compact || !(node instanceof NodeRef.OfObjective)) {
      out.string(NODE_KIND, node instanceof NodeRef.OfObjective ? OBJECTIVE : KEY_RESULT);
    }
    out.string(NODE_ID, node.idText());
    out.endObject();
  }
}
