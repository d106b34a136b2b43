package org.okr4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OwnerRef;
import org.okr4j.wire.DocumentKind;
import org.okr4j.wire.Wire;

/** The module's configuration, version and registrations. */
class OkrModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OkrModule());

  @Test
  void configurationIsImmutable() {
    OkrModule defaults = new OkrModule();
    OkrModule strings = defaults.withDecimalsAsStrings();
    assertThat(defaults.isDecimalsAsStrings()).isFalse();
    assertThat(strings.isDecimalsAsStrings()).isTrue();
    assertThat(strings.withDecimalsAsStrings(false).isDecimalsAsStrings()).isFalse();
    OkrModule tuned = defaults.withUnknownFieldsIgnored(true).withMaxArrayLength(50).withMaxObjectives(7)
        .withMaxLinks(9).withMaxCheckIns(11);
    assertThat(tuned.maxLinks()).isEqualTo(9);
    assertThat(tuned.maxCheckIns()).isEqualTo(11);
    assertThat(defaults.maxLinks()).isEqualTo(1_000_000);
    assertThat(defaults.maxCheckIns()).isEqualTo(1_000);
    assertThat(tuned.isUnknownFieldsIgnored()).isTrue();
    assertThat(tuned.maxArrayLength()).isEqualTo(50);
    assertThat(tuned.maxObjectives()).isEqualTo(7);
    assertThat(defaults.isUnknownFieldsIgnored()).isFalse();
    assertThat(defaults.maxArrayLength()).isEqualTo(1_000);
    assertThat(defaults.maxObjectives()).isEqualTo(1_000_000);
    assertThat(tuned.toString()).contains("maxArrayLength=50", "maxObjectives=7", "unknownFieldsIgnored=true",
        "maxLinks=9", "maxCheckIns=11");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new OkrModule().withMaxArrayLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OkrModule().withMaxObjectives(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OkrModule().withMaxLinks(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OkrModule().withMaxCheckIns(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void versionComesFromTheBuild() {
    assertThat(new OkrModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("org.okr4j");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("okr-jackson");
    assertThat(PackageVersion.VERSION.isUnknownVersion()).isFalse();
    assertThat(new OkrModule().getModuleName()).isEqualTo("okr-jackson");
    assertThat(OkrModule.FORMAT).isEqualTo("okr4j/1");
  }

  @Test
  void registrationIdsDifferOnlyWithSettings() {
    assertThat(new OkrModule().getTypeId()).isEqualTo(new OkrModule().getTypeId()).isEqualTo(OkrModule.class.getName());
    assertThat(new OkrModule().withDecimalsAsStrings().getTypeId()).isNotEqualTo(new OkrModule().getTypeId());
  }

  @Test
  void idsAreStrings() throws Exception {
    assertThat(MAPPER.writeValueAsString(java.util.List.of(CycleId.of("q1"), ObjectiveId.of("o-1"),
        KeyResultId.of("kr.2")))).isEqualTo("[\"q1\",\"o-1\",\"kr.2\"]");
    assertThat(MAPPER.readValue("\"kr.2\"", KeyResultId.class)).isEqualTo(KeyResultId.of("kr.2"));
    assertThat(MAPPER.readValue("\"q1\"", CycleId.class)).isEqualTo(CycleId.of("q1"));
  }

  @Test
  void partsOfADocumentAreRefusedOnTheirOwn() {
    assertThatThrownBy(() -> MAPPER.writeValueAsString(LinearMetric.count(5)))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("only inside an okr4j/1 document");
    assertThatThrownBy(() -> MAPPER.writeValueAsString(OwnerRef.person("u1")))
        .isInstanceOf(InvalidDefinitionException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"kind\":\"binary\"}", Metric.class))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("Metric");
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
    assertThatThrownBy(() -> MAPPER.writeValueAsString(LinearMetric.count(5)))
        .hasMessageContaining(DocumentKind.wireNames());
  }
}
