package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.lint.BuiltInRule;
import org.okr4j.lint.Finding;
import org.okr4j.lint.LintRuleSet;
import org.okr4j.lint.OkrLinter;
import org.okr4j.lint.Severity;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;

/** The README's lint example, compiled and checked. */
class LintSnippetTest {

  @Test
  void lint() {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Seq<Finding> result;
    try {
      // snippet: lint
      Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
      Objective leads = Objective.builder()
          .id("o-leads").title("线上广告引流 Leads from online ads")
          .owner(OwnerRef.team("marketing-promotion")).cycle("2026-q1").level(Level.TEAM)
          .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads")
              .metric(LinearMetric.count(3000))
              .checkIn(CheckIn.of(Instant.parse("2026-01-09T09:00:00Z"),
                  new CheckInData.Measurement(new BigDecimal("400")))))
          .buildOrThrow();
      OkrSet set = OkrSet.builder().cycle(q1).objective(leads).buildOrThrow();

      LintRuleSet rules = LintRuleSet.defaults()
          .withStaleAfterDays(7)                                              // we check in weekly
          .withSeverity(BuiltInRule.STALE_KEY_RESULT.code(), Severity.ERROR);
      Seq<Finding> findings = OkrLinter.of(rules).lint(set, Instant.parse("2026-01-20T09:00:00Z"));

      for (Finding f : findings) {
        System.out.println(f.severity() + " " + f.code() + " at " + f.path());
        System.out.println("  " + f.message(Locale.SIMPLIFIED_CHINESE) + " → " + f.fix(Locale.SIMPLIFIED_CHINESE).get());
      }
      // WARNING okr.lint.too-few-key-results at /objectives/0/keyResults
      //   有 1 个关键结果，建议 2 到 5 个 → 补充可衡量的关键结果，至少达到 2 个
      // ERROR okr.lint.stale-key-result at /objectives/0/keyResults/0
      //   已 11 天没有更新进展（自 2026-01-09 起） → 更新一次进展，填写当前值和信心指数
      // end snippet
      result = findings;
    } finally {
      System.setOut(saved);
    }
    assertThat(result.map(Finding::toString)).containsExactly(
        "WARNING okr.lint.too-few-key-results at /objectives/0/keyResults: has 1 key results; 2 to 5 are recommended",
        "ERROR okr.lint.stale-key-result at /objectives/0/keyResults/0: has had no check-in for 11 days (since 2026-01-09)");
    assertThat(captured.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "WARNING okr.lint.too-few-key-results at /objectives/0/keyResults",
        "  有 1 个关键结果，建议 2 到 5 个 → 补充可衡量的关键结果，至少达到 2 个",
        "ERROR okr.lint.stale-key-result at /objectives/0/keyResults/0",
        "  已 11 天没有更新进展（自 2026-01-09 起） → 更新一次进展，填写当前值和信心指数");
  }
}
