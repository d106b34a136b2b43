package org.okr4j.alignment;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Exports an {@link AlignmentGraph} as DOT or Mermaid text: lays out its nodes in {@link NodeRef}
 * order and its edges (key results to their objectives, then links) in the order
 * {@link Export#edgeOrder} gives, so equal graphs give equal text whatever order their links were
 * added in, and hands both to {@link Export}, which writes the text. Stateless.
 */
final class GraphExport {

  private GraphExport() {}

  /** Returns the graph as Graphviz DOT text. */
  static String dot(AlignmentGraph graph, @Nullable Function<NodeRef, Option<NodeAnnotation>> annotator) {
    return Export.dot(nodes(graph.index(), annotator), edges(graph));
  }

  /** Returns the graph as a Mermaid flowchart. */
  static String mermaid(AlignmentGraph graph, @Nullable Function<NodeRef, Option<NodeAnnotation>> annotator) {
    return Export.mermaid(nodes(graph.index(), annotator), edges(graph));
  }

  private static java.util.List<Export.Node> nodes(NodeIndex index,
      @Nullable Function<NodeRef, Option<NodeAnnotation>> annotator) {
    int n = index.nodeCount;
    int[] rank = index.sortRank();
    Export.Node[] out = new Export.Node[n];
    for (int v = 0; v < n; v++) {
      NodeRef ref = index.ref(v);
      Option<NodeAnnotation> annotation = annotator == null ? Option.none() : annotator.apply(ref);
      out[rank[v]] = new Export.Node(ref.toString(), index.title(v), index.isObjective(v), false,
          annotation == null ? Option.none() : annotation);
    }
    return Arrays.asList(out);
  }

  private static java.util.List<Export.Edge> edges(AlignmentGraph graph) {
    NodeIndex index = graph.index();
    LinkTable table = graph.table();
    int[] rank = index.sortRank();
    int krs = index.nodeCount - index.objectiveCount;
    int count = krs + table.count();
    int[] child = new int[count];
    int[] parent = new int[count];
    int[] kind = new int[count];
    for (int k = 0; k < krs; k++) {
      int v = index.objectiveCount + k;
      child[k] = rank[v];
      parent[k] = rank[index.objectiveNodeOf(v)];
    }
    for (int l = 0; l < table.count(); l++) {
      child[krs + l] = rank[table.childOf(l)];
      parent[krs + l] = rank[table.parentOf(l)];
      kind[krs + l] = 1;
    }
    int[] order = Export.edgeOrder(child, parent, kind, count, index.nodeCount);
    ArrayList<Export.Edge> out = new ArrayList<>(count);
    for (int e : order) {
      if (e < krs) {
        int k = index.objectiveCount + e;
        out.add(new Export.Edge(index.ref(k).toString(), index.ref(index.objectiveNodeOf(k)).toString(),
            EdgeKind.KEY_RESULT_OF, Option.some(index.keyResult(k).weight())));
      } else {
        Link link = graph.links().get(e - krs);
        out.add(new Export.Edge(link.child().toString(), link.parent().toString(), EdgeKind.of(link.kind()),
            link.isContributing() ? Option.some(link.weight()) : Option.none()));
      }
    }
    return out;
  }
}
