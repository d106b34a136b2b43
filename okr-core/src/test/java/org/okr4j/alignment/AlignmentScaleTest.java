package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;

/**
 * An organisation of six levels with four key results per objective, aligned as a tree (objective to
 * parent objective, first key result cascading to the parent's first key result, every tenth second
 * key result supporting the parent's), built and queried with timings printed. The default size is
 * 20,000 key results (2,000 when PIT lowers {@code okr.qt.examples}); {@code -Dokr.alignment.scale=1000000}
 * runs the 1,000,000 / 250,000 case.
 */
class AlignmentScaleTest {

  static final int KEY_RESULTS = Integer.getInteger("okr.alignment.scale",
      Integer.getInteger("okr.qt.examples", 1000) < 1000 ? 2_000 : 20_000);
  static final int PER_OBJECTIVE = 4;

  static <T> T timed(String what, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    System.out.printf("AlignmentScaleTest[%d KRs]: %-28s %7d ms%n", KEY_RESULTS, what,
        (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  @Test
  void sixLevelsOfObjectivesAndKeyResults() {
    int objectives = KEY_RESULTS / PER_OBJECTIVE;
    int branching = 2;
    while (treeSize(branching, 6) < objectives) {
      branching++;
    }
    int b = branching;
    Level[] levels = new Level[6];
    for (int d = 0; d < 6; d++) {
      levels[d] = Level.of("level-" + d, d);
    }
    int[] depth = new int[objectives];
    for (int i = 1; i < objectives; i++) {
      depth[i] = depth[(i - 1) / b] + 1;
    }
    OkrSet set = timed("model (objectives + set)", () -> {
      OkrSet.Builder builder = OkrSet.builder().cycle(Fixtures.YEAR).cycle(Fixtures.Q1);
      for (int i = 0; i < objectives; i++) {
        Objective.Builder o = Objective.builder().id("o" + i).title("Objective " + i)
            .owner(OwnerRef.team("team-" + (i % 977))).cycle("2026-q1").level(levels[depth[i]])
            .visibility(i % 100 == 99 ? Visibility.PRIVATE : Visibility.PUBLIC);
        for (int k = 0; k < PER_OBJECTIVE; k++) {
          o.keyResult(KeyResult.builder().id("k" + i + "-" + k).title("Key result " + i + "-" + k)
              .metric(BinaryMetric.INSTANCE));
        }
        builder.objective(o.buildOrThrow());
      }
      return builder.buildOrThrow();
    });
    ArrayList<Link> links = new ArrayList<>();
    for (int i = 1; i < objectives; i++) {
      int p = (i - 1) / b;
      links.add(Link.contributes(NodeRef.objective("o" + i), NodeRef.objective("o" + p)));
      links.add(Link.contributes(NodeRef.keyResult("k" + i + "-0"), NodeRef.keyResult("k" + p + "-0"),
          new BigDecimal("0.5")));
      if (i % 10 == 0) {
        links.add(Link.supports(NodeRef.keyResult("k" + i + "-1"), NodeRef.keyResult("k" + p + "-1")));
      }
    }
    AlignmentGraph graph = timed("build + validate graph", () -> AlignmentGraph.buildOrThrow(set,
        AlignmentPolicy.strict(), links));
    assertThat(graph.nodeCount()).isEqualTo(objectives * (PER_OBJECTIVE + 1));
    Coverage coverage = timed("coverage", graph::coverage);
    assertThat(coverage.alignedShare()).contains(BigDecimal.ONE);
    assertThat(coverage.topLevel()).hasSize(1);
    assertThat(timed("orphans", graph::orphans)).isEmpty();
    NodeRef deepest = NodeRef.keyResult("k" + (objectives - 1) + "-0");
    // through its objective, or cascading first to one, two, ... key results up the tree
    assertThat(timed("line of sight (deepest KR)", () -> graph.lineOfSight(deepest)))
        .hasSize(depth[objectives - 1] + 1)
        .allSatisfy(path -> assertThat(path.last()).isEqualTo(NodeRef.objective("o0")));
    assertThat(timed("impact set (deepest KR)", () -> graph.impactSet(deepest)))
        .hasSize(2 * depth[objectives - 1] + 1);
    assertThat(timed("descendants of the top", () -> graph.descendants(NodeRef.objective("o0"))))
        .hasSize(graph.nodeCount() - 1);
    assertThat(timed("bottlenecks(10)", () -> graph.bottlenecks(10))).hasSize(10)
        .first().satisfies(top -> assertThat(top.dependants()).isEqualTo(graph.nodeCount() - 1));
    assertThat(timed("cross-team links", graph::crossTeamLinks)).isNotEmpty();
    AlignmentView view = timed("view for a team", () -> graph.viewFor(OwnerRef.team("team-1")));
    // private objectives are hidden, except those of the viewer (team-1 owns o1, o978, ...)
    long hidden = java.util.stream.IntStream.range(0, objectives).filter(i -> i % 100 == 99 && i % 977 != 1).count();
    assertThat(view.nodes().count(ViewNode::isHidden)).isEqualTo((int) hidden);
    String dot = timed("DOT export", graph::toDot);
    assertThat(dot).startsWith("digraph");
    String mermaid = timed("Mermaid export of the view", view::toMermaid);
    assertThat(mermaid).startsWith("flowchart");
    Link extra = Link.supports(NodeRef.keyResult("k" + (objectives - 1) + "-3"),
        NodeRef.keyResult("k" + (objectives - 2) + "-3"));
    AlignmentGraph more = timed("one more link", () -> graph.link(extra).get());
    assertThat(more.links()).hasSize(links.size() + 1);
    assertThat(timed("line of sight after it", () -> more.lineOfSight(extra.child()))).hasSize(2);
  }

  static long treeSize(int branching, int levels) {
    long total = 0;
    long width = 1;
    for (int d = 0; d < levels; d++) {
      total += width;
      width *= branching;
    }
    return total;
  }
}
