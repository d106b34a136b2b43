package org.okr4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The module's configuration, version, registrations and schema. */
class OkrModuleTest {


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
  void compactDocumentsAndBareCheckInsAreSettings() {
    OkrModule defaults = new OkrModule();
    assertThat(defaults.isCompactDocuments()).isFalse();
    assertThat(defaults.isBareCheckIns()).isFalse();
    OkrModule compact = defaults.withCompactDocuments();
    assertThat(compact.isCompactDocuments()).isTrue();
    assertThat(compact.withCompactDocuments(false).isCompactDocuments()).isFalse();
    assertThat(defaults.withBareCheckIns(true).isBareCheckIns()).isTrue();
    assertThat(defaults.withBareCheckIns(true).withCompactDocuments().toString())
        .contains("compact=true", "bareCheckIns=true");
    assertThat(compact.getRegistrationId()).isNotEqualTo(defaults.getRegistrationId());
  }

  /**
   * The schema comes from the module itself, so a host reads it on the module path, where this
   * module's package is not open to it, as on the class path. This module's build runs its tests on
   * the module path; {@code okr-jackson-it} runs the Jackson 2 ones again on the class path.
   */
  @Test
  void theSchemaIsReadOnTheModulePath() throws Exception {
    Module module = OkrModule.class.getModule();
    if (System.getProperty("jdk.module.path") != null) {
      assertThat(module.isNamed()).as("tests run on the module path").isTrue();
      assertThat(module.getName()).isEqualTo("org.okr4j.jackson3");
      assertThat(module.isOpen("org.okr4j.jackson3")).isFalse();
    }
    String text = OkrModule.jsonSchema();
    assertThat(text).startsWith("{").contains("\"$id\": \"https://okr4j.org/schema/okr4j-1.schema.json\"",
        "\"title\": \"okr4j/1\"", "\"finding\": {");
    assertThat(OkrModule.jsonSchema()).isSameAs(text);
    com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(text);
    String cycle = tools.jackson.databind.json.JsonMapper.builder().addModule(new OkrModule()).build().writeValueAsString(org.okr4j.model.Cycle.of("q1", "Q1",
        java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 4, 1)));
    assertThat(schema.validate(cycle, com.networknt.schema.InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(cycle.replace("okr4j/1", "okr4j/2"), com.networknt.schema.InputFormat.JSON)).isNotEmpty();
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
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("okr-jackson3");
    assertThat(PackageVersion.VERSION.isUnknownVersion()).isFalse();
    assertThat(new OkrModule().getModuleName()).isEqualTo("okr-jackson3");
    assertThat(OkrModule.FORMAT).isEqualTo("okr4j/1");
  }

  @Test
  void registrationIdsDifferOnlyWithSettings() {
    assertThat(new OkrModule().getRegistrationId()).isEqualTo(new OkrModule().getRegistrationId()).isEqualTo(OkrModule.class.getName());
    assertThat(new OkrModule().withDecimalsAsStrings().getRegistrationId()).isNotEqualTo(new OkrModule().getRegistrationId());
  }
}
