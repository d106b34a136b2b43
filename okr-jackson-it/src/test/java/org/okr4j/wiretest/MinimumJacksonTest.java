package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * This module runs okr-jackson's whole test suite against the oldest Jackson 2 okr4j supports: the
 * Jackson found at run time is that version, not the one okr-jackson is built with.
 */
class MinimumJacksonTest {

  @Test
  void theTestsRunOnJacksonTwoSeventeen() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.17.");
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).startsWith("2.17.");
  }
}
