package org.okr4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The module's configuration, version and registrations. */
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
}
