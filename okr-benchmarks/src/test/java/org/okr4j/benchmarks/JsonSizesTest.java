package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.model.OkrSet;

/**
 * The JSON benchmark's documents: the compact okr4j document of the linear organisation is at most
 * 1.3× the size of the plain records' JSON (sizes are exact, so this is no timing assertion), every
 * form reads back, and the two forms of plain records write the same bytes.
 */
class JsonSizesTest {

  @Test
  void theCompactDocumentIsAtMostOnePointThreeTimesThePlainRecords() throws Exception {
    OkrSet set = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(10_000).linear()).set();
    JsonSizes.Result sizes = JsonSizes.measure(set);
    assertThat(sizes.compactRatio()).isLessThanOrEqualTo(1.3);
    assertThat(sizes.compact()).isLessThan(sizes.full());
    assertThat(sizes.fullRatio()).isGreaterThan(sizes.compactRatio());
  }

  @Test
  void everyFormOfTheBenchmarkRuns() throws Exception {
    JsonBenchmark b = new JsonBenchmark();
    b.keyResults = 400;
    b.setUp();
    OkrSet expected = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(400).linear()).set();
    assertThat(b.okr4jRead()).isEqualTo(expected);
    assertThat(b.okr4jCompactRead()).isEqualTo(expected);
    assertThat(b.recordsRead()).isEqualTo(PlainRecords.of(expected));
    assertThat(b.textRecordsRead()).isEqualTo(PlainRecords.asText(PlainRecords.of(expected)));
    assertThat(b.textRecordsWrite()).isEqualTo(b.recordsWrite());
    assertThat(b.okr4jCompactWrite().length).isLessThan(b.okr4jWrite().length);
  }
}
