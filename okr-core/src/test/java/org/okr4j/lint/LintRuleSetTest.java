package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.lint.Fixtures.n;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

class LintRuleSetTest {

  private static final LintRuleSet D = LintRuleSet.defaults();

  private static void rejects(ThrowingCallable call, String... errors) {
    assertThatThrownBy(call).isInstanceOfSatisfying(OkrException.class,
        e -> assertThat(e.errors().map(OkrError::toString)).containsExactly(errors));
  }

  @Test
  void defaults() {
    assertThat(D.rules()).containsExactly((LintRule[]) BuiltInRule.values());
    assertThat(D.enabledRules()).hasSize(BuiltInRule.values().length - 1)
        .doesNotContain(BuiltInRule.WEIGHTS_NOT_NORMALIZED);
    assertThat(D.enabledOverrides()).isEmpty();
    assertThat(D.severityOverrides()).isEmpty();
    assertThat(D.maxObjectivesPerOwner()).isEqualTo(5);
    assertThat(D.minKeyResults()).isEqualTo(2);
    assertThat(D.maxKeyResults()).isEqualTo(5);
    assertThat(D.startWindowDays()).isEqualTo(14);
    assertThat(D.titleSimilarity()).isEqualTo(n("0.8"));
    assertThat(D.staleAfterDays()).isEqualTo(14);
    assertThat(D.neverUpdatedAfter()).isEqualTo(n("0.5"));
    assertThat(LintRuleSet.empty().rules()).isEmpty();
    assertThat(LintRuleSet.empty().maxObjectivesPerOwner()).isEqualTo(5);
    assertThat(LintRuleSet.defaults()).isSameAs(D);
  }

  @Test
  void enablementAndSeverityAreConfiguredByCode() {
    String weights = BuiltInRule.WEIGHTS_NOT_NORMALIZED.code();
    String stale = BuiltInRule.STALE_KEY_RESULT.code();
    LintRuleSet r = D.withEnabled(weights, true).withEnabled(stale, false)
        .withSeverity(stale, Severity.ERROR).withSeverity(weights, Severity.INFO);
    assertThat(r.isEnabled(weights)).isTrue();
    assertThat(r.isEnabled(BuiltInRule.WEIGHTS_NOT_NORMALIZED)).isTrue();
    assertThat(r.isEnabled(stale)).isFalse();
    assertThat(r.isEnabled(BuiltInRule.NEVER_UPDATED.code())).isTrue();
    assertThat(r.enabledRules()).contains(BuiltInRule.WEIGHTS_NOT_NORMALIZED).doesNotContain(BuiltInRule.STALE_KEY_RESULT);
    assertThat(r.severityOf(BuiltInRule.STALE_KEY_RESULT)).isEqualTo(Severity.ERROR);
    assertThat(r.severityOf(BuiltInRule.WEIGHTS_NOT_NORMALIZED)).isEqualTo(Severity.INFO);
    assertThat(r.severityOf(BuiltInRule.NEVER_UPDATED)).isEqualTo(Severity.WARNING);
    assertThat(D.severityOf(BuiltInRule.CYCLE_OUTSIDE_PARENT)).isEqualTo(Severity.ERROR);
    assertThat(r.enabledOverrides().toJavaMap()).containsEntry(weights, true).containsEntry(stale, false);
    assertThat(r.withEnabled(stale, true).isEnabled(stale)).isTrue();
    assertThat(r).isNotEqualTo(D);
    assertThat(D.withEnabled(stale, true)).isNotEqualTo(D);
  }

  @Test
  void configurationForUnknownCodesIsKeptUntilTheRuleArrives() {
    LintRuleSet r = D.withEnabled("acme.rule", false).withSeverity("acme.rule", Severity.ERROR);
    assertThat(r.isEnabled("acme.rule")).isFalse();
    assertThat(r.isEnabled((String) null)).isFalse();
    assertThat(r.rule("acme.rule").isEmpty()).isTrue();
    FindingTest.HostRule host = new FindingTest.HostRule("acme.rule");
    LintRuleSet added = r.withRule(host);
    assertThat(added.rule("acme.rule").get()).isSameAs(host);
    assertThat(added.isEnabled(host)).isFalse();
    assertThat(added.severityOf(host)).isEqualTo(Severity.ERROR);
    assertThat(D.withRule(host).isEnabled("acme.rule")).isTrue();
    assertThat(D.withRule(host).severityOf(host)).isEqualTo(Severity.INFO);
  }

  @Test
  void hostRulesAreAppendedOrReplaceTheRuleWithTheSameCode() {
    FindingTest.HostRule a = new FindingTest.HostRule("acme.a");
    FindingTest.HostRule b = new FindingTest.HostRule("acme.b");
    FindingTest.HostRule a2 = new FindingTest.HostRule("acme.a");
    LintRuleSet r = LintRuleSet.empty().withRule(a).withRule(b).withRule(a2);
    assertThat(r.rules()).containsExactly(a2, b);
    FindingTest.HostRule replacement = new FindingTest.HostRule(BuiltInRule.DUPLICATE_TITLE.code());
    Seq<LintRule> replaced = D.withRule(replacement).rules();
    assertThat(replaced).hasSize(BuiltInRule.values().length);
    assertThat(replaced.get(BuiltInRule.DUPLICATE_TITLE.ordinal())).isSameAs(replacement);
  }

  @Test
  void aHostRuleWithoutSeverityDefaultsToWarning() {
    LintRule noSeverity = new FindingTest.HostRule("acme.none") {
      @Override
      public Severity defaultSeverity() {
        return null;
      }
    };
    assertThat(D.severityOf(noSeverity)).isEqualTo(Severity.WARNING);
    rejects(() -> D.withRule(noSeverity), "okr.required at /rule/defaultSeverity: is required");
  }

  @Test
  void invalidRulesAndCodesAreTypedErrors() {
    rejects(() -> D.withRule(null), "okr.required at /rule: is required");
    rejects(() -> D.withRule(new FindingTest.HostRule("bad code")),
        "okr.malformed.id at /rule/code: is not a valid identifier: \"bad code\" (use 1 to 64 letters, digits or"
            + " . _ ~ : -, starting with a letter or digit)");
    rejects(() -> D.withEnabled(null, true), "okr.required at /code: is required");
    rejects(() -> D.withSeverity(" ", null),
        "okr.malformed.id at /code: is not a valid identifier: \" \" (use 1 to 64 letters, digits or . _ ~ : -,"
            + " starting with a letter or digit)",
        "okr.required at /severity: is required");
  }

  @Test
  void thresholdsAreCopiedAndCheckedAtTheirBounds() {
    assertThat(D.withMaxObjectivesPerOwner(1).maxObjectivesPerOwner()).isEqualTo(1);
    rejects(() -> D.withMaxObjectivesPerOwner(0), "okr.out-of-range at /maxObjectivesPerOwner: is 0, but must be ≥ 1");

    LintRuleSet krs = D.withKeyResultsPerObjective(0, 1);
    assertThat(List.of(krs.minKeyResults(), krs.maxKeyResults())).containsExactly(0, 1);
    assertThat(D.withKeyResultsPerObjective(3, 3).minKeyResults()).isEqualTo(3);
    rejects(() -> D.withKeyResultsPerObjective(-1, 0), "okr.out-of-range at /minKeyResults: is -1, but must be ≥ 0",
        "okr.out-of-range at /maxKeyResults: is 0, but must be ≥ 1");
    rejects(() -> D.withKeyResultsPerObjective(4, 3), "okr.out-of-range at /minKeyResults: is 4, but must be ≤ 3");
    rejects(() -> D.withKeyResultsPerObjective(2, 0), "okr.out-of-range at /maxKeyResults: is 0, but must be ≥ 1");
    rejects(() -> D.withKeyResultsPerObjective(-2, -3), "okr.out-of-range at /minKeyResults: is -2, but must be ≥ 0",
        "okr.out-of-range at /maxKeyResults: is -3, but must be ≥ 1");

    assertThat(D.withStartWindowDays(0).startWindowDays()).isZero();
    assertThat(D.withStartWindowDays(LintRuleSet.MAX_DAYS).startWindowDays()).isEqualTo(36_500);
    rejects(() -> D.withStartWindowDays(-1), "okr.out-of-range at /startWindowDays: is -1, but must be [0, 36500]");
    rejects(() -> D.withStartWindowDays(36_501), "okr.out-of-range at /startWindowDays: is 36501, but must be [0, 36500]");

    assertThat(D.withStaleAfterDays(1).staleAfterDays()).isEqualTo(1);
    assertThat(D.withStaleAfterDays(36_500).staleAfterDays()).isEqualTo(36_500);
    rejects(() -> D.withStaleAfterDays(0), "okr.out-of-range at /staleAfterDays: is 0, but must be [1, 36500]");
    rejects(() -> D.withStaleAfterDays(36_501), "okr.out-of-range at /staleAfterDays: is 36501, but must be [1, 36500]");

    assertThat(D.withTitleSimilarity(n("1")).titleSimilarity()).isEqualTo(BigDecimal.ONE);
    assertThat(D.withTitleSimilarity(n("0.80"))).isEqualTo(D);
    assertThat(D.withTitleSimilarity(n("0.0001")).titleSimilarity()).isEqualTo(n("0.0001"));
    rejects(() -> D.withTitleSimilarity(n("0")), "okr.out-of-range at /titleSimilarity: is 0, but must be (0, 1]");
    rejects(() -> D.withTitleSimilarity(n("1.01")), "okr.out-of-range at /titleSimilarity: is 1.01, but must be (0, 1]");
    rejects(() -> D.withTitleSimilarity(null), "okr.required at /titleSimilarity: is required");

    assertThat(D.withNeverUpdatedAfter(n("0.000")).neverUpdatedAfter()).isEqualTo(BigDecimal.ZERO);
    assertThat(D.withNeverUpdatedAfter(n("1.00")).neverUpdatedAfter()).isEqualTo(BigDecimal.ONE);
    assertThat(D.withNeverUpdatedAfter(n("0.50"))).isEqualTo(D).hasSameHashCodeAs(D);
    rejects(() -> D.withNeverUpdatedAfter(n("-0.1")), "okr.out-of-range at /neverUpdatedAfter: is -0.1, but must be [0, 1]");
    rejects(() -> D.withNeverUpdatedAfter(n("1.5")), "okr.out-of-range at /neverUpdatedAfter: is 1.5, but must be [0, 1]");
    assertThatThrownBy(() -> D.withNeverUpdatedAfter(n("1E+40"))).isInstanceOf(OkrException.class);
  }

  @Test
  void eachCopyChangesOnlyItsOption() {
    LintRuleSet r = D.withMaxObjectivesPerOwner(3).withKeyResultsPerObjective(1, 4).withStartWindowDays(7)
        .withTitleSimilarity(n("0.9")).withStaleAfterDays(21).withNeverUpdatedAfter(n("0.25"))
        .withEnabled("okr.lint.never-updated", false).withSeverity("okr.lint.never-updated", Severity.INFO)
        .withRule(new FindingTest.HostRule("acme.x"));
    assertThat(List.of(r.maxObjectivesPerOwner(), r.minKeyResults(), r.maxKeyResults(), r.startWindowDays(),
        r.staleAfterDays())).containsExactly(3, 1, 4, 7, 21);
    assertThat(r.titleSimilarity()).isEqualTo(n("0.9"));
    assertThat(r.neverUpdatedAfter()).isEqualTo(n("0.25"));
    assertThat(r.isEnabled("okr.lint.never-updated")).isFalse();
    assertThat(r.severityOf(BuiltInRule.NEVER_UPDATED)).isEqualTo(Severity.INFO);
    assertThat(r.rules()).hasSize(BuiltInRule.values().length + 1);
    assertThat(r.toString()).contains("maxObjectivesPerOwner=3");
  }

  @Test
  void forbidLevelSkippingIsOffByDefaultAndSurvivesOtherCopies() {
    assertThat(LintRuleSet.defaults().forbidLevelSkipping()).isFalse();
    assertThat(LintRuleSet.empty().forbidLevelSkipping()).isFalse();
    LintRuleSet forbid = LintRuleSet.defaults().withForbidLevelSkipping(true);
    assertThat(forbid.forbidLevelSkipping()).isTrue();
    assertThat(forbid).isNotEqualTo(LintRuleSet.defaults());
    assertThat(forbid.withForbidLevelSkipping(false)).isEqualTo(LintRuleSet.defaults());
    LintRuleSet derived = forbid.withStaleAfterDays(7).withMaxObjectivesPerOwner(3)
        .withSeverity(BuiltInRule.LEVEL_SKIPPED.code(), Severity.ERROR)
        .withEnabled(BuiltInRule.SANDBAGGING.code(), false);
    assertThat(derived.forbidLevelSkipping()).isTrue();
    assertThat(derived.withForbidLevelSkipping(true).staleAfterDays()).isEqualTo(7);
    assertThat(derived.withForbidLevelSkipping(true).maxObjectivesPerOwner()).isEqualTo(3);
    assertThat(derived.withForbidLevelSkipping(true).severityOf(BuiltInRule.LEVEL_SKIPPED)).isEqualTo(Severity.ERROR);
    assertThat(derived.withForbidLevelSkipping(true).isEnabled(BuiltInRule.SANDBAGGING.code())).isFalse();
  }
}
