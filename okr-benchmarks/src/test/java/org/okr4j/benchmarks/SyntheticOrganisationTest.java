package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticOrganisationTest {

  @Test
  void generatesTheRequestedShapeDeterministically() {
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
    assertThat(org.links().stream().filter(l -> l[0].startsWith("o")).count()).isEqualTo(2_499);
    assertThat(org.links().stream().filter(l -> l[0].startsWith("k")).count()).isBetween(300L, 700L);
    SyntheticOrganisation again = SyntheticOrganisation.generate(p);
    assertThat(again.set()).isEqualTo(org.set());
  }
}
