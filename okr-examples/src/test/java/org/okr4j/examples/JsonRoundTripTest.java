package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.model.OkrSet;

/**
 * The marketing OKRs survive JSON. Counted by hand: 5 objectives (the company goal has no key
 * results, the four others 3 each → 12 key results); check-ins 2 + 2 + 2 (marketing) + 2 + 2 + 2
 * (director) + 3 + 3 + 3 (new media) + 1 + 2 + 1 (analyst) = 25.
 */
class JsonRoundTripTest {

  @Test
  void roundTrip() throws Exception {
    OkrSet set = MarketingDepartment.set();
    String json = JsonRoundTrip.write(set);
    assertThat(JsonRoundTrip.read(json)).isEqualTo(set);
    assertThat(JsonRoundTrip.write(JsonRoundTrip.read(json))).isEqualTo(json);
    assertThat(json).startsWith("{\"format\":\"okr4j/1\",\"kind\":\"okr-set\"").contains("\"value\":11.5");
    String report = JsonRoundTrip.report();
    assertThat(report).contains("wrote 5 objectives, 12 key results, 25 check-ins: ")
        .contains("read back equal: true\n").contains("written again identical: true\n");
  }
}
