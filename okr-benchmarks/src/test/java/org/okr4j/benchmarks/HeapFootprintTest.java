package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The footprint measurement runs and measures something; the ratio itself is reported, not asserted. */
class HeapFootprintTest {

  @Test
  void measuresBothRepresentations() {
    HeapFootprint.Result r = HeapFootprint.measure(400);
    assertThat(r.okr4jBytesPerKr()).isPositive();
    assertThat(r.plainBytesPerKr()).isPositive();
    assertThat(r.ratio()).isPositive();
  }
}
