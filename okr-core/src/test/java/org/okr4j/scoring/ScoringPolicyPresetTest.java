package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/** Presets by name, for configuration files and command lines. */
class ScoringPolicyPresetTest {

  @Test
  void everyPresetIsFoundByItsNameInAnyCase() {
    assertThat(ScoringPolicy.presets()).containsExactly("default", "google", "quantive", "perdoo", "oslo", "puzzle");
    assertThat(ScoringPolicy.preset("default")).contains(ScoringPolicy.defaults());
    assertThat(ScoringPolicy.preset("google")).contains(ScoringPolicy.google());
    assertThat(ScoringPolicy.preset("Quantive")).contains(ScoringPolicy.quantive());
    assertThat(ScoringPolicy.preset("PERDOO")).contains(ScoringPolicy.perdoo());
    assertThat(ScoringPolicy.preset("oslo")).contains(ScoringPolicy.oslo());
    assertThat(ScoringPolicy.preset("puzzle")).contains(ScoringPolicy.puzzle());
    for (String name : ScoringPolicy.presets()) {
      assertThat(ScoringPolicy.preset(name).isRight()).as(name).isTrue();
    }
  }

  @Test
  void anUnknownOrMissingNameIsATypedError() {
    OkrError unknown = ScoringPolicy.preset("gogle").getLeft();
    assertThat(unknown.code()).isEqualTo("okr.out-of-range");
    assertThat(unknown.path()).isEqualTo(OkrPath.of("preset"));
    assertThat(unknown.message(Locale.ENGLISH))
        .isEqualTo("is \"gogle\", but must be one of default, google, quantive, perdoo, oslo, puzzle");
    assertThat(ScoringPolicy.preset(null).getLeft()).isEqualTo(new OkrError.Required(OkrPath.of("preset")));
    assertThat(ScoringPolicy.preset("x".repeat(1000)).getLeft().message(Locale.ENGLISH)).hasSizeLessThan(200);
  }
}
