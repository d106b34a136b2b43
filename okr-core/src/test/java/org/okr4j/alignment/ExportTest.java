package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;

class ExportTest {

  @Test
  void edgesAreOrderedByChildThenParentThenKind() {
    int[] child = {2, 0, 2, 1, 0, 2, 2};
    int[] parent = {5, 9, 1, 3, 9, 1, 0};
    int[] kind = {0, 2, 1, 0, 1, 0, 2};
    assertThat(Export.edgeOrder(child, parent, kind, 7, 3)).containsExactly(4, 1, 3, 6, 5, 2, 0);
    assertThat(Export.edgeOrder(new int[0], new int[0], new int[0], 0, 0)).isEmpty();
  }

  @Test
  void manyEdgesFromOneChildAreSortedToo() {
    Random random = new Random(7);
    int count = 200;
    int[] child = new int[count];
    int[] parent = new int[count];
    int[] kind = new int[count];
    for (int e = 0; e < count; e++) {
      child[e] = e % 3;
      parent[e] = random.nextInt(40);
      kind[e] = random.nextInt(3);
    }
    int[] order = Export.edgeOrder(child, parent, kind, count, 3);
    assertThat(order).hasSize(count);
    for (int i = 1; i < count; i++) {
      int a = order[i - 1];
      int b = order[i];
      long ka = ((long) child[a] * 100 + parent[a]) * 3 + kind[a];
      long kb = ((long) child[b] * 100 + parent[b]) * 3 + kind[b];
      assertThat(ka).isLessThanOrEqualTo(kb);
    }
    assertThat(java.util.Arrays.stream(order).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, count)
        .toArray());
  }

  @Test
  void aNodeWithManyParentsIsExportedInParentOrder() {
    ArrayList<Objective> os = new ArrayList<>();
    os.add(Fixtures.objective("child", Level.TEAM));
    for (int i = 0; i < 20; i++) {
      os.add(Fixtures.objective("p" + (char) ('a' + (19 - i)), Level.COMPANY));
    }
    OkrSet set = Fixtures.set(os.toArray(Objective[]::new));
    ArrayList<Link> links = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      links.add(Link.supports(NodeRef.objective("child"), NodeRef.objective("p" + (char) ('a' + i))));
    }
    String dot = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.ofAll(links)).toDot();
    int previous = -1;
    for (int i = 0; i < 20; i++) {
      int at = dot.indexOf("\"objective:child\" -> \"objective:p" + (char) ('a' + i) + "\"");
      assertThat(at).isGreaterThan(previous);
      previous = at;
    }
  }

  @Test
  void aPlainSetIsDrawnWithoutBuildingAGraphFirst() {
    // Nodes in NodeRef order (objectives by id, then key results by id); each key result joined to
    // its objective by a thin arrow, weight 1 unlabelled.
    assertThat(AlignmentGraph.mermaidOf(Fixtures.Seed.SET)).isEqualTo("""
        flowchart BT
          n0["Conversion +20%"]
          n1["Convert more leads"]
          n2["Generate leads from online ads"]
          n3("3000 leads from online ads")
          n4("Lead conversion rate to 10%")
          n3 --> n2
          n4 --> n1
        """);
    assertThat(AlignmentGraph.dotOf(Fixtures.Seed.SET)).isEqualTo("""
        digraph alignment {
          rankdir=BT;
          node [shape=box, fontname="sans-serif"];
          "objective:o-conversion" [label="Conversion +20%"];
          "objective:o-customers" [label="Convert more leads"];
          "objective:o-leads" [label="Generate leads from online ads"];
          "key-result:kr-leads" [label="3000 leads from online ads", style="rounded"];
          "key-result:kr-rate" [label="Lead conversion rate to 10%", style="rounded"];
          "key-result:kr-leads" -> "objective:o-leads" [color="gray40"];
          "key-result:kr-rate" -> "objective:o-customers" [color="gray40"];
        }
        """);
    assertThat(AlignmentGraph.mermaidOf(Fixtures.Seed.SET)).isEqualTo(AlignmentGraph.of(Fixtures.Seed.SET).toMermaid());
  }
}
