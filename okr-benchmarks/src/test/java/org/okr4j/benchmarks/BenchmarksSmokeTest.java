package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every benchmark method runs once on a small organisation; timings are never asserted. */
class BenchmarksSmokeTest {

  @Test
  void evaluationAndBaselineRun() {
    EvaluationBenchmark b = new EvaluationBenchmark();
    b.keyResults = 400;
    b.setUp();
    assertThat(b.okr4j().keyResults()).hasSize(400);
    assertThat(b.baseline()).isPositive();
  }

  @Test
  void graphBuildsRun() {
    GraphBenchmark b = new GraphBenchmark();
    b.keyResults = 400;
    b.setUp();
    assertThat(b.okr4j().links()).isNotEmpty();
    assertThat(b.jgrapht().vertexSet()).hasSize(500);
  }

  @Test
  void jsonRoundTripsRun() throws Exception {
    JsonBenchmark b = new JsonBenchmark();
    b.keyResults = 400;
    b.setUp();
    assertThat(b.okr4jRead()).isEqualTo(SyntheticOrganisation.generate(
        SyntheticOrganisation.Parameters.of(400).linear()).set());
    assertThat(b.recordsRead().objectives()).hasSize(100);
    assertThat(b.okr4jWrite()).isNotEmpty();
    assertThat(b.recordsWrite()).isNotEmpty();
    assertThat(b.okr4jCompactRead()).isEqualTo(b.okr4jRead());
    assertThat(b.textRecordsRead().objectives()).hasSize(100);
  }
}
