package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The footprint measurements run and measure something; the ratios themselves are reported, not asserted. */
class HeapFootprintTest {

  @Test
  void measuresBothRepresentations() {
    HeapFootprint.Result r = HeapFootprint.measure(SyntheticOrganisation.Shape.WIDE, 400);
    assertThat(r.okr4jBytesPerKr()).isPositive();
    assertThat(r.plainBytesPerKr()).isPositive();
    assertThat(r.ratio()).isPositive();
    // primitives instead of BigDecimal, Instant and list objects: the lean records are the smaller
    assertThat(r.leanBytesPerKr()).isPositive().isLessThan(r.plainBytesPerKr());
    assertThat(r.leanRatio()).isGreaterThan(r.ratio());
  }

  @Test
  void plainRecordsHoldTheLinks() {
    SyntheticOrganisation org =
        SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.DEEP, 400));
    assertThat(HeapFootprint.plain(org).stream().mapToInt(o -> o.parents().size()).sum()).isEqualTo(org.links().size());
  }

  /** Sizes are exact, so this is no timing assertion: the compact option's bound on the benchmark's shapes. */
  @Test
  void compactDocumentsAreAtMostOnePointThreeTimesThePlainRecords() throws Exception {
    for (SyntheticOrganisation.Shape shape : SyntheticOrganisation.Shape.values()) {
      JsonFootprint.Result r = JsonFootprint.measure(shape, 4_000);
      assertThat(r.compactSet() / r.plainSet()).as("set, %s", shape).isLessThanOrEqualTo(1.3);
      assertThat(r.compactGraph() / r.plainGraph()).as("organisation, %s", shape).isLessThanOrEqualTo(1.3);
    }
  }

  @Test
  void measuresJsonDocuments() throws Exception {
    JsonFootprint.Result r = JsonFootprint.measure(SyntheticOrganisation.Shape.DEEP, 400);
    assertThat(r.okr4jSet()).isPositive();
    assertThat(r.plainGraph()).isGreaterThan(r.plainSet());
    assertThat(r.okr4jGraph()).isGreaterThan(r.okr4jSet());
    assertThat(r.compactSet()).isPositive().isLessThan(r.okr4jSet());
    assertThat(r.compactGraph()).isPositive().isLessThan(r.okr4jGraph());
  }
}
