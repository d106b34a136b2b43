package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.lint.Finding;
import org.okr4j.lint.OkrLinter;
import org.okr4j.lint.Severity;
import org.okr4j.model.OkrSet;

/**
 * The seed's marketing OKRs ({@link Seed#all()}) under the default lint rules. The instant of
 * evaluation is 2026-01-12T09:00Z: inside the quarter (Q1 2026) and the half-year (H1 2026), 11
 * days after both started, so no key result is stale yet (14 days) and half of neither cycle has
 * passed; the seed has no check-ins.
 */
class SeedLintTest {

  private static final Instant AS_OF = Instant.parse("2026-01-12T09:00:00Z");
  private static final OkrSet SEED = Seed.all();

  @Test
  void theSeedHasNoErrorsAndExactlyTheseWarnings() {
    Seq<Finding> findings = OkrLinter.withDefaults().lint(SEED, AS_OF);
    assertThat(findings.filter(f -> f.severity() == Severity.ERROR)).isEmpty();
    // The three single-result objectives of the cross-team case: the shared conversion goal and
    // the two teams' objectives each have one key result, fewer than the 2 to 5 recommended.
    assertThat(findings.map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message(Locale.ENGLISH)))
        .containsExactly(
            "WARNING okr.lint.too-few-key-results /objectives/5/keyResults: has 1 key results; 2 to 5 are recommended",
            "WARNING okr.lint.too-few-key-results /objectives/6/keyResults: has 1 key results; 2 to 5 are recommended",
            "WARNING okr.lint.too-few-key-results /objectives/7/keyResults: has 1 key results; 2 to 5 are recommended");
    assertThat(findings.map(f -> SEED.objectives().get(Integer.parseInt(f.path().segments().get(1))).id().value()))
        .containsExactly("o-conversion", "o-marketing-leads", "o-customer-conversion");
  }

  @Test
  void theSeedHasNoErrorsAtAnyWeekOfTheQuarter() {
    for (int week = 0; week <= 13; week++) {
      Instant asOf = Seed.Q1.startInstant().plusSeconds(week * 7L * 86_400L);
      assertThat(OkrLinter.withDefaults().lint(SEED, asOf).filter(f -> f.severity() == Severity.ERROR))
          .as("week %d", week).isEmpty();
    }
  }
}
