package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OwnerRef;
import org.okr4j.wire.DocumentKind;
import org.okr4j.wire.Wire;

/** What every okr4j Jackson module does besides documents: ids as strings, model parts refused on their own. */
class ModuleContractTest {

  private static final Json MAPPER = Json.DEFAULT;

  @Test
  void idsAreStrings() throws Exception {
    assertThat(MAPPER.write(java.util.List.of(CycleId.of("q1"), ObjectiveId.of("o-1"),
        KeyResultId.of("kr.2")))).isEqualTo("[\"q1\",\"o-1\",\"kr.2\"]");
    assertThat(MAPPER.read("\"kr.2\"", KeyResultId.class)).isEqualTo(KeyResultId.of("kr.2"));
    assertThat(MAPPER.read("\"q1\"", CycleId.class)).isEqualTo(CycleId.of("q1"));
  }

  @Test
  void partsOfADocumentAreRefusedOnTheirOwn() {
    Throwable metric = catchThrowable(() -> MAPPER.write(LinearMetric.count(5)));
    assertThat(Json.isBadDefinition(metric)).as("%s", metric).isTrue();
    assertThat(metric).hasMessageContaining("only inside an okr4j/1 document");
    assertThat(Json.isBadDefinition(catchThrowable(() -> MAPPER.write(OwnerRef.person("u1"))))).isTrue();
    Throwable read = catchThrowable(() -> MAPPER.read("{\"kind\":\"binary\"}", Metric.class));
    assertThat(Json.isBadDefinition(read)).as("%s", read).isTrue();
    assertThat(read).hasMessageContaining("Metric");
  }

  @Test
  void refusalListsExactlyTheDocumentKinds() {
    // The list is derived from DocumentKind, so a new kind shows up without editing the message.
    String message = Wire.refusal(Metric.class);
    StringBuilder expected = new StringBuilder();
    // Each wire name once: Scorecard and GraphScorecard share "scorecard".
    java.util.List<String> kinds = java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName)
        .distinct().toList();
    for (int i = 0; i < kinds.size(); i++) {
      expected.append(i == 0 ? "" : i == kinds.size() - 1 ? " or " : ", ").append(kinds.get(i));
    }
    assertThat(message).contains("(of kind " + expected + ")");
    assertThat(DocumentKind.wireNames()).startsWith("okr-set, cycle, objective, key-result, check-in, ")
        .contains("scoring-policy", "alignment-graph").endsWith(" or scorecard");
    assertThat(catchThrowable(() -> MAPPER.write(LinearMetric.count(5)))).hasMessageContaining(DocumentKind.wireNames());
  }
}
