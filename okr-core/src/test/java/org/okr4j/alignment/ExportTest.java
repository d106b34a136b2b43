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
}
