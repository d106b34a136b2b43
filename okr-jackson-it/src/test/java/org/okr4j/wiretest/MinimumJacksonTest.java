package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * This module runs okr-jackson's whole test suite against the oldest Jackson 2 okr4j supports, and
 * the cross-version tests with the oldest Jackson 3 too: the Jacksons found at run time are those
 * versions, not the ones the modules are built with.
 */
class MinimumJacksonTest {

  @Test
  void theTestsRunOnJacksonThreeZero() {
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("3.0.");
  }

  @Test
  void theTestsRunOnJacksonTwoSeventeen() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.17.");
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).startsWith("2.17.");
  }
}
