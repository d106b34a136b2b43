package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every benchmark method runs once on a small organisation; timings are never asserted. */
class BenchmarksSmokeTest {

  @ParameterizedTest
  @ValueSource(strings = {"deep", "wide"})
  void scoringAndBaselinesRun(String shape) {
    ScoringBenchmark.Organisation o = new ScoringBenchmark.Organisation();
    o.shape = shape;
    o.keyResults = 2_000;
    o.setUp();
    ScoringBenchmark.Scored scored = new ScoringBenchmark.Scored();
    scored.setUp(o);
    ScoringBenchmark.Baseline arrays = new ScoringBenchmark.Baseline();
    arrays.setUp(o);
    ScoringBenchmark b = new ScoringBenchmark();
    assertThat(b.okr4jFull(o).objectives()).hasSize(500);
    assertThat(b.okr4jIncremental(scored).objectives()).hasSize(500);
    assertThat(b.arraysFull(arrays)).isPositive();
    assertThat(b.arraysIncremental(arrays)).isBetween(0.0, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"deep", "wide"})
  void graphBuildsRun(String shape) {
    GraphBenchmark b = new GraphBenchmark();
    b.shape = shape;
    b.keyResults = 400;
    b.setUp();
    assertThat(b.okr4j().links()).isNotEmpty();
    assertThat(b.jgraphtParentToChild().vertexSet()).hasSize(500);
    assertThat(b.jgraphtChildToParent().edgeSet()).hasSize(b.okr4j().links().size() + 400);
  }

  @Test
  void jsonRoundTripsRun() throws Exception {
    JsonBenchmark b = new JsonBenchmark();
    b.keyResults = 400;
    b.setUp();
    assertThat(b.okr4jRead()).isEqualTo(SyntheticOrganisation.generate(
        SyntheticOrganisation.Parameters.of(400).linear()).set());
    assertThat(b.recordsRead()).hasSize(100);
    assertThat(b.okr4jWrite()).isNotEmpty();
    assertThat(b.recordsWrite()).isNotEmpty();
    assertThat(b.okr4jCompactRead()).isEqualTo(b.okr4jRead());
    assertThat(b.okr4jCompactWrite().length).isLessThan(b.okr4jWrite().length);
    assertThat(b.textRecordsRead()).hasSize(100);
    assertThat(b.textRecordsWrite()).isEqualTo(b.recordsWrite());
  }

  @ParameterizedTest
  @ValueSource(strings = {"deep", "wide"})
  void setUpStepsRun(String shape) {
    SetUpBenchmark b = new SetUpBenchmark();
    b.shape = shape;
    b.keyResults = 400;
    b.setUp();
    assertThat(b.loadSet()).isEqualTo(b.buildSet());
    assertThat(b.loadSet().objectives()).hasSize(100);
    assertThat(b.buildGraph().links()).isNotEmpty();
    assertThat(b.evaluate().objectives()).hasSize(100);
  }

  @Test
  void setUpTimingRuns() {
    SetUpTiming.main(new String[] {"400", "1", "wide"});
  }
}
