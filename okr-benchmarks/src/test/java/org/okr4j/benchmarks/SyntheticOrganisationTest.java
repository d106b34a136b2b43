package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Objective;

class SyntheticOrganisationTest {

  @Test
  void generatesTheSixLevelShapeDeterministically() {
    SyntheticOrganisation.Parameters p = SyntheticOrganisation.Parameters.of(10_000);
    assertThat(p.objectives()).isEqualTo(2_500);
    assertThat(p.fanOut()).isEqualTo(5);
    assertThat(SyntheticOrganisation.Parameters.of(1_000_000).fanOut()).isEqualTo(12);
    SyntheticOrganisation org = SyntheticOrganisation.generate(p);
    assertThat(org.set().objectives()).hasSize(2_500);
    assertThat(org.set().objectives().flatMap(o -> o.keyResults())).hasSize(10_000);
    assertThat(org.set().objectives().flatMap(o -> o.keyResults()).map(k -> k.checkIns().size()).distinct())
        .containsExactly(4);
    assertThat(org.set().objectives().map(o -> o.level().rank()).distinct().sorted()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(org.links().stream().filter(l -> l.child().startsWith("o")).count()).isEqualTo(2_499);
    assertThat(org.links().stream().filter(l -> l.child().startsWith("k")).count()).isBetween(300L, 700L);
    SyntheticOrganisation again = SyntheticOrganisation.generate(p);
    assertThat(again.set()).isEqualTo(org.set());
  }

  @Test
  void theDeepShapeHasTwentyLevelsEachAlignedToTheOneAbove() {
    SyntheticOrganisation.Parameters p = SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.DEEP, 100_000);
    int[] start = p.levelStarts();
    assertThat(start).hasSize(21);
    assertThat(start[0]).isZero();
    assertThat(start[20]).isEqualTo(25_000);
    // each level about 1.5 times as wide as the one above: 25,000 · 0.5 / (1.5^20 − 1) ≈ 3.76 at the top
    assertThat(start[1]).isEqualTo(3);
    for (int d = 1; d < 20; d++) {
      assertThat(start[d + 1] - start[d]).isGreaterThanOrEqualTo(start[d] - start[d - 1]);
    }
    SyntheticOrganisation org = SyntheticOrganisation.generate(p);
    Map<String, Integer> rank = new HashMap<>();
    for (Objective o : org.set().objectives()) {
      rank.put(o.id().value(), o.level().rank());
    }
    assertThat(org.links()).hasSize(25_000 - start[1]);
    for (SyntheticOrganisation.Edge e : org.links()) {
      assertThat(rank.get(e.child()) - rank.get(e.parent())).isEqualTo(1);
    }
    assertThat(org.set().objectives().last().level().rank()).isEqualTo(19);
    assertThat(org.set().objectives().flatMap(o -> o.keyResults()).map(k -> k.weight().intValue()).distinct().sorted())
        .containsExactly(1, 2, 3);
    assertThat(SyntheticOrganisation.generate(p).set()).isEqualTo(org.set());
  }

  @Test
  void theWideShapeHasFourHundredTopObjectivesAndSecondParentsOnFivePercent() {
    SyntheticOrganisation.Parameters p = SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.WIDE, 1_000_000);
    assertThat(p.objectives()).isEqualTo(250_000);
    assertThat(p.topObjectives()).isEqualTo(400);
    SyntheticOrganisation.Parameters small =
        SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.WIDE, 40_000);
    assertThat(small.topObjectives()).isEqualTo(16);
    SyntheticOrganisation org = SyntheticOrganisation.generate(small);
    assertThat(org.set().objectives().map(o -> o.level().rank()).distinct().sorted()).containsExactly(0, 1);
    Map<String, Integer> children = new HashMap<>();
    long second = org.links().stream().filter(e -> e.weight().equals(SyntheticOrganisation.SECOND_PARENT_WEIGHT))
        .count();
    for (SyntheticOrganisation.Edge e : org.links()) {
      assertThat(e.child()).startsWith("o");
      if (!e.weight().equals(SyntheticOrganisation.SECOND_PARENT_WEIGHT)) {
        children.merge(e.parent(), 1, Integer::sum);
      }
    }
    // 9,984 children in 16 blocks of 624
    assertThat(children).hasSize(16);
    assertThat(children.values()).containsOnly(624);
    assertThat(second).isBetween(9_984L * 3 / 100, 9_984L * 7 / 100);
    assertThat(SyntheticOrganisation.generate(small).set()).isEqualTo(org.set());
  }

  @Test
  void theLoaderAndTheBuildersGiveEqualSets() {
    for (SyntheticOrganisation.Shape shape : SyntheticOrganisation.Shape.values()) {
      SyntheticOrganisation.Parameters p = SyntheticOrganisation.Parameters.of(shape, 4_000);
      assertThat(SyntheticOrganisation.generate(p, true).set()).isEqualTo(SyntheticOrganisation.generate(p, false).set());
    }
  }
}
