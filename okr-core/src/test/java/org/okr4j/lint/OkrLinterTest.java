package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

class OkrLinterTest {

  /** Two objectives with one key result each, and an owner with six objectives. */
  private static final OkrSet SET = Fixtures.set(objective(0, ANA, 1), objective(1, ANA, 2), objective(2, ANA, 2),
      objective(3, ANA, 2), objective(4, ANA, 2), objective(5, ANA, 1));

  /** A host rule that flags every objective title longer than 21 characters. */
  static final LintRule LONG_TITLE = new LintRule() {
    @Override
    public String code() {
      return "acme.long-title";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Seq<Finding> check(LintContext context, LintRuleSet rules) {
      return context.okrSet().objectives().zipWithIndex()
          .filter(t -> t._1.title().length() > 21)
          .map(t -> finding(rules, OkrPath.of("objectives").index(t._2).key("title"), t._1.id().value()));
    }

    @Override
    public String message(Locale locale, Seq<String> arguments) {
      return "title of " + arguments.head() + " is long";
    }
  };

  @Test
  void theDefaultLinterReportsSortedFindings() {
    Seq<Finding> findings = OkrLinter.withDefaults().lint(SET, Fixtures.EARLY);
    assertThat(findings.map(f -> f.path() + " " + f.code())).containsExactly(
        "/objectives/0/keyResults okr.lint.too-few-key-results",
        "/objectives/5 okr.lint.too-many-objectives",
        "/objectives/5/keyResults okr.lint.too-few-key-results");
    assertThat(findings.sorted()).isEqualTo(findings);
    assertThat(OkrLinter.withDefaults().lint(LintContext.of(SET, Fixtures.EARLY))).isEqualTo(findings);
    assertThat(OkrLinter.withDefaults().rules()).isSameAs(LintRuleSet.defaults());
  }

  @Test
  void disabledRulesDoNotRunAndSeveritiesAreOverridden() {
    LintRuleSet rules = LintRuleSet.defaults()
        .withEnabled(BuiltInRule.TOO_MANY_OBJECTIVES.code(), false)
        .withSeverity(BuiltInRule.TOO_FEW_KEY_RESULTS.code(), Severity.ERROR);
    Seq<Finding> findings = OkrLinter.of(rules).lint(SET, Fixtures.EARLY);
    assertThat(findings.map(Finding::code)).containsOnly(BuiltInRule.TOO_FEW_KEY_RESULTS.code()).hasSize(2);
    assertThat(findings.map(Finding::severity)).containsOnly(Severity.ERROR);
  }

  @Test
  void hostRulesRunBesideTheBuiltInsAndAreConfiguredTheSameWay() {
    LintRuleSet rules = LintRuleSet.defaults().withRule(LONG_TITLE);
    Seq<Finding> findings = OkrLinter.of(rules).lint(SET, Fixtures.EARLY);
    assertThat(findings.filter(f -> f.code().equals("acme.long-title")).map(f -> f.path() + " " + f.message(Locale.ENGLISH)))
        .containsExactly("/objectives/1/title title of o-1 is long", "/objectives/4/title title of o-4 is long");
    assertThat(findings).hasSize(5);
    assertThat(findings.sorted()).isEqualTo(findings);
    assertThat(OkrLinter.of(rules.withSeverity("acme.long-title", Severity.WARNING)).lint(SET, Fixtures.EARLY)
        .filter(f -> f.code().equals("acme.long-title")).map(Finding::severity)).containsOnly(Severity.WARNING);
    assertThat(OkrLinter.of(rules.withEnabled("acme.long-title", false)).lint(SET, Fixtures.EARLY)).hasSize(3);
  }

  @Test
  void theLinterEnforcesTheConfiguredSeverityOnHostFindings() {
    LintRule loud = new FindingTest.HostRule("acme.loud") {
      @Override
      public Seq<Finding> check(LintContext context, LintRuleSet rules) {
        return List.of(Finding.of(this, Severity.ERROR, OkrPath.root(), List.empty()));
      }
    };
    assertThat(OkrLinter.of(LintRuleSet.empty().withRule(loud)).lint(SET, Fixtures.EARLY).map(Finding::severity))
        .containsExactly(Severity.INFO);
  }

  @Test
  void nullResultsOfHostRulesCountAsNothingFound() {
    LintRule nothing = new FindingTest.HostRule("acme.null") {
      @Override
      public Seq<Finding> check(LintContext context, LintRuleSet rules) {
        return null;
      }
    };
    LintRule holes = new FindingTest.HostRule("acme.holes") {
      @Override
      public Seq<Finding> check(LintContext context, LintRuleSet rules) {
        return List.of(null, finding(rules, OkrPath.root()), null);
      }
    };
    Seq<Finding> findings = OkrLinter.of(LintRuleSet.empty().withRule(nothing).withRule(holes)).lint(SET, Fixtures.EARLY);
    assertThat(findings.map(Finding::code)).containsExactly("acme.holes");
  }

  @Test
  void anEmptyRuleSetFindsNothing() {
    assertThat(OkrLinter.of(LintRuleSet.empty()).lint(SET, Fixtures.EARLY)).isEmpty();
    assertThat(OkrLinter.of(LintRuleSet.empty()).toString()).isEqualTo("OkrLinter[]");
    assertThat(OkrLinter.of(LintRuleSet.empty().withRule(LONG_TITLE)).toString()).isEqualTo("OkrLinter[acme.long-title]");
  }

  @Test
  void missingInputsAreTypedErrors() {
    assertThatThrownBy(() -> OkrLinter.of(null)).isInstanceOf(OkrException.class).hasMessageContaining("/rules");
    assertThatThrownBy(() -> OkrLinter.withDefaults().lint(null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("/context");
    assertThatThrownBy(() -> OkrLinter.withDefaults().lint(null, Fixtures.EARLY)).isInstanceOf(OkrException.class)
        .hasMessageContaining("/okrSet");
  }

  @Test
  void findingsPointIntoTheSetAsGivenAndSortNumerically() {
    OkrSet.Builder b = OkrSet.builder().cycle(Fixtures.Q1);
    for (int i = 0; i < 12; i++) {
      b.objective(Objective.builder().id("o-" + i).title(Fixtures.objectiveTitle(i)).owner(Fixtures.BO)
          .cycle("2026-q1").level(org.okr4j.model.Level.TEAM)
          .keyResult(KeyResult.builder().id("kr-" + i).title("Leads").metric(LinearMetric.count(3)))
          .buildOrThrow());
    }
    Seq<Finding> findings = OkrLinter.of(LintRuleSet.defaults().withMaxObjectivesPerOwner(20)).lint(b.buildOrThrow(),
        Fixtures.EARLY);
    assertThat(findings.map(f -> f.path().toString())).startsWith("/objectives/0/keyResults", "/objectives/1/keyResults",
        "/objectives/2/keyResults").endsWith("/objectives/9/keyResults", "/objectives/10/keyResults",
        "/objectives/10/title", "/objectives/11/keyResults", "/objectives/11/title");
  }

  @Test
  void theModuleExportsTheLintPackage() {
    Module module = OkrLinter.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getDescriptor().exports().stream().map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet())).contains("org.okr4j.lint");
    }
  }
}
