package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.OkrError;

/**
 * A chain of 100,000 objectives, each aligned to the one before it, with a key result at the bottom:
 * nothing recurses, so building, checking, querying and exporting it cannot overflow the stack. The
 * depth can be lowered with {@code -Dokr.alignment.chain-depth=N} (PIT does, through fewer examples).
 */
class DeepChainTest {

  static final int DEPTH = Integer.getInteger("okr.alignment.chain-depth",
      Integer.getInteger("okr.qt.examples", 1000) < 1000 ? 5_000 : 100_000);

  static OkrSet set;
  static java.util.List<Link> links;
  static AlignmentGraph graph;

  static NodeRef o(int i) {
    return NodeRef.objective("o" + i);
  }

  static final NodeRef BOTTOM = NodeRef.keyResult("kr-bottom");

  @BeforeAll
  static void buildTheChain() {
    OkrSet.Builder b = OkrSet.builder().cycle(Fixtures.YEAR).cycle(Fixtures.Q1);
    OwnerRef owner = OwnerRef.team("t");
    for (int i = 0; i < DEPTH; i++) {
      Objective.Builder o = Objective.builder().id("o" + i).title("Step " + i).owner(owner).cycle("2026-q1")
          .level(Level.COMPANY);
      if (i == DEPTH - 1) {
        o.keyResult(KeyResult.builder().id("kr-bottom").title("The bottom").metric(org.okr4j.model.BinaryMetric.INSTANCE));
      }
      b.objective(o.buildOrThrow());
    }
    set = b.buildOrThrow();
    links = new ArrayList<>(DEPTH);
    // Added top-down, so the last link goes from the deepest objective.
    for (int i = 1; i < DEPTH; i++) {
      links.add(Link.contributes(o(i), o(i - 1)));
    }
    graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.strict(), links);
  }

  @Test
  void buildsAndAnswersWithoutRecursion() {
    assertThat(graph.nodeCount()).isEqualTo(DEPTH + 1);
    assertThat(graph.topLevelObjectives()).containsExactly(ObjectiveId.of("o0"));
    assertThat(graph.ancestors(BOTTOM)).hasSize(DEPTH);
    assertThat(graph.descendants(o(0))).hasSize(DEPTH);
    assertThat(graph.impactSet(BOTTOM)).hasSize(DEPTH);
    Seq<Seq<NodeRef>> sight = graph.lineOfSight(BOTTOM);
    assertThat(sight).hasSize(1);
    assertThat(sight.head()).hasSize(DEPTH + 1);
    assertThat(sight.head().head()).isEqualTo(BOTTOM);
    assertThat(sight.head().last()).isEqualTo(o(0));
    assertThat(graph.coverage().aligned()).isEqualTo(DEPTH - 1);
    assertThat(graph.orphans()).isEmpty();
    assertThat(graph.bottlenecks(2).map(Bottleneck::dependants)).containsExactly(DEPTH, DEPTH - 1);
  }

  @Test
  void exportsTheWholeChain() {
    String dot = graph.toDot();
    assertThat(dot).startsWith("digraph alignment {").contains("\"objective:o" + (DEPTH - 1) + "\" -> \"objective:o"
        + (DEPTH - 2) + "\"");
    assertThat(dot.lines().count()).isEqualTo(3 + (DEPTH + 1) + DEPTH + 1L);
    assertThat(graph.toMermaid().lines().count()).isEqualTo(1 + (DEPTH + 1) + DEPTH);
    assertThat(graph.viewFor(OwnerRef.person("someone")).edges()).hasSize(DEPTH);
  }

  @Test
  void aLinkClosingTheChainNamesTheWholeLoop() {
    AlignmentError e = graph.link(Link.supports(o(0), BOTTOM)).getLeft();
    // strict policy: o0 may still get its one parent, so the refusal is the loop
    assertThat(e.code()).isEqualTo("okr.alignment.cycle");
    assertThat(((AlignmentError.CyclicLink) e).loop()).hasSize(DEPTH + 2);
    java.util.List<Link> closed = new ArrayList<>(links);
    closed.add(Link.contributes(o(0), o(DEPTH - 1)));
    Validation<Seq<OkrError>, AlignmentGraph> result = AlignmentGraph.build(set, AlignmentPolicy.permissive(), closed);
    assertThat(result.getError()).singleElement().satisfies(error -> {
      assertThat(error.path()).hasToString("/links/" + (DEPTH - 1));
      Seq<String> loop = ((AlignmentError.CyclicLink) error).loop();
      assertThat(loop).hasSize(DEPTH + 1);
      assertThat(loop.take(2)).containsExactly("objective:o0", "objective:o" + (DEPTH - 1));
    });
  }

  @Test
  void linksAddedOneByOneFromTheBottomStayCheap() {
    AlignmentGraph g = AlignmentGraph.of(set, AlignmentPolicy.strict());
    long start = System.nanoTime();
    for (int i = DEPTH - 1; i >= 1; i--) {
      g = g.link(links.get(i - 1)).get();
    }
    long micros = (System.nanoTime() - start) / 1000;
    System.out.printf("DeepChainTest: %d links one by one in %d ms (%.1f us per link)%n", DEPTH - 1, micros / 1000,
        micros / (double) (DEPTH - 1));
    assertThat(g).isEqualTo(AlignmentGraph.buildOrThrow(set, AlignmentPolicy.strict(), Vector.ofAll(links).reverse()));
    assertThat(g.lineOfSight(BOTTOM).head()).hasSize(DEPTH + 1);
    assertThat(g.hasLineOfSight(o(DEPTH / 2))).isTrue();
  }
}
