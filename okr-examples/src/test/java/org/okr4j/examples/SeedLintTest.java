package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Locale;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.lint.Finding;
import org.okr4j.lint.LintContext;
import org.okr4j.lint.LintRuleSet;
import org.okr4j.lint.OkrLinter;
import org.okr4j.lint.Severity;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.ScoringPolicy;

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

  /**
   * The seed's alignment as the article describes it: the director's objective serves the
   * company's "market share +2 pp", the new-media specialist's serves the director's brand
   * exposure, the analyst supports the director, and the two teams' key results contribute to the
   * shared conversion goal. The e-commerce entry (H1) cannot align to a Q1 objective under the
   * default policy; it is the only objective of H1, so it is that cycle's top level.
   */
  private static AlignmentGraph seedGraph() {
    return AlignmentGraph.buildOrThrow(SEED, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.objective("o-director"), NodeRef.keyResult("kr-share")),
        Link.contributes(NodeRef.objective("o-new-media"), NodeRef.keyResult("kr-exposure")),
        Link.supports(NodeRef.objective("o-analyst"), NodeRef.objective("o-director")),
        Link.contributes(NodeRef.keyResult("kr-leads"), NodeRef.objective("o-conversion")),
        Link.contributes(NodeRef.keyResult("kr-lead-conversion"), NodeRef.objective("o-conversion"))));
  }

  private static Seq<String> render(Seq<Finding> findings) {
    return findings.map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message(Locale.ENGLISH));
  }

  @Test
  void withItsAlignmentAndScorecardTheSeedStillHasNoErrors() {
    LintContext context = LintContext.of(SEED, AS_OF).withGraph(seedGraph()).withScoring(ScoringPolicy.defaults());
    Seq<Finding> findings = OkrLinter.withDefaults().lint(context);
    assertThat(findings.filter(f -> f.severity() == Severity.ERROR)).isEmpty();
    // every objective below its cycle's top level is aligned, nothing is private, and without
    // check-ins there is no forecast; skipping levels is allowed by default
    assertThat(render(findings)).isEqualTo(render(OkrLinter.withDefaults().lint(SEED, AS_OF)));
  }

  @Test
  void forbiddingLevelSkipsFlagsTheSeedsDirectLinks() {
    LintContext context = LintContext.of(SEED, AS_OF).withGraph(seedGraph());
    Seq<Finding> skips = OkrLinter.of(LintRuleSet.defaults().withForbidLevelSkipping(true)).lint(context)
        .filter(f -> f.code().equals("okr.lint.level-skipped"));
    // individual contributors align straight to the department, and the promotion team's key
    // result straight to the company goal
    assertThat(render(skips)).containsExactly(
        "WARNING okr.lint.level-skipped /objectives/2: objective:o-new-media aligns to key-result:kr-exposure, "
            + "from level individual to level department, skipping 1 levels in between",
        "WARNING okr.lint.level-skipped /objectives/3: objective:o-analyst aligns to objective:o-director, "
            + "from level individual to level department, skipping 1 levels in between",
        "WARNING okr.lint.level-skipped /objectives/6/keyResults/0: key-result:kr-leads aligns to "
            + "objective:o-conversion, from level team to level company, skipping 1 levels in between",
        "WARNING okr.lint.level-skipped /objectives/7/keyResults/0: key-result:kr-lead-conversion aligns to "
            + "objective:o-conversion, from level team to level company, skipping 1 levels in between");
  }

  @Test
  void anUnalignedObjectiveBelowTheTopIsReported() {
    AlignmentGraph partial = AlignmentGraph.buildOrThrow(SEED, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.objective("o-director"), NodeRef.keyResult("kr-share"))));
    Seq<Finding> notAligned = OkrLinter.withDefaults().lint(LintContext.of(SEED, AS_OF).withGraph(partial))
        .filter(f -> f.code().equals("okr.lint.not-aligned"));
    assertThat(notAligned.map(f -> SEED.objectives().get(Integer.parseInt(f.path().segments().get(1))).id().value()))
        .containsExactly("o-new-media", "o-analyst", "o-marketing-leads", "o-customer-conversion");
    assertThat(notAligned.map(Finding::severity)).containsOnly(Severity.WARNING);
  }
}
