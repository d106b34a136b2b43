package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.Messages;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/** Codes, defaults and messages of every built-in rule, in both catalogues. */
class BuiltInRuleTest {

  private static final Seq<String> ARGUMENTS = List.of("A0", "A1", "A2", "A3", "A4");

  @Test
  void codesAreUniqueStableAndReserved() {
    assertThat(List.of(BuiltInRule.values()).map(BuiltInRule::code)).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).startsWith("okr.lint.").matches("[a-z.-]+"))
        .containsExactly("okr.lint.too-many-objectives", "okr.lint.too-few-key-results",
            "okr.lint.too-many-key-results", "okr.lint.not-measurable", "okr.lint.baseline-missing",
            "okr.lint.target-met-at-start", "okr.lint.due-outside-cycle", "okr.lint.duplicate-title",
            "okr.lint.weights-not-normalized", "okr.lint.cycle-outside-parent", "okr.lint.stale-key-result",
            "okr.lint.never-updated", "okr.lint.not-aligned", "okr.lint.level-skipped",
            "okr.lint.commitment-forecast-miss", "okr.lint.sandbagging", "okr.lint.private-to-public");
    for (BuiltInRule rule : BuiltInRule.values()) {
      assertThat(BuiltInRule.ofCode(rule.code()).get()).isSameAs(rule);
    }
    assertThat(BuiltInRule.ofCode("okr.lint.nothing").isEmpty()).isTrue();
    assertThat(BuiltInRule.ofCode(null).isEmpty()).isTrue();
  }

  @Test
  void defaultSeveritiesAndEnablement() {
    for (BuiltInRule rule : BuiltInRule.values()) {
      Severity expected = rule == BuiltInRule.WEIGHTS_NOT_NORMALIZED || rule == BuiltInRule.CYCLE_OUTSIDE_PARENT
          ? Severity.ERROR : rule == BuiltInRule.PRIVATE_TO_PUBLIC ? Severity.INFO : Severity.WARNING;
      assertThat(rule.defaultSeverity()).as(rule.code()).isEqualTo(expected);
      assertThat(rule.enabledByDefault()).as(rule.code()).isEqualTo(rule != BuiltInRule.WEIGHTS_NOT_NORMALIZED);
    }
  }

  @Test
  void everyRuleHasAMessageAndAFixInBothCatalogues() {
    for (BuiltInRule rule : BuiltInRule.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        assertThat(Messages.codes(locale)).as("%s in %s", rule.code(), locale)
            .contains(rule.code(), rule.code() + ".fix");
        String message = rule.message(locale, ARGUMENTS);
        String fix = rule.fix(locale, ARGUMENTS).get();
        for (String text : List.of(message, fix)) {
          assertThat(text).as(rule.code()).isNotBlank().doesNotContain("{").doesNotContain("}").doesNotContain("'");
        }
      }
      assertThat(rule.message(Locale.ENGLISH, ARGUMENTS)).isNotEqualTo(rule.message(Locale.CHINA, ARGUMENTS));
      assertThat(rule.fix(Locale.ENGLISH, ARGUMENTS)).isNotEqualTo(rule.fix(Locale.CHINA, ARGUMENTS));
    }
  }

  @Test
  void englishAndChineseMessagesUseTheSamePlaceholders() {
    for (BuiltInRule rule : BuiltInRule.values()) {
      for (int i = 0; i < ARGUMENTS.size(); i++) {
        String a = ARGUMENTS.get(i);
        assertThat(rule.message(Locale.CHINA, ARGUMENTS).contains(a)).as("%s {%d}", rule.code(), i)
            .isEqualTo(rule.message(Locale.ENGLISH, ARGUMENTS).contains(a));
        assertThat(rule.fix(Locale.CHINA, ARGUMENTS).get().contains(a)).as("%s.fix {%d}", rule.code(), i)
            .isEqualTo(rule.fix(Locale.ENGLISH, ARGUMENTS).get().contains(a));
      }
    }
  }

  @Test
  void everyLintKeyInTheCataloguesBelongsToARule() {
    List<String> known = List.of(BuiltInRule.values()).flatMap(r -> List.of(r.code(), r.code() + ".fix"));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      assertThat(Messages.codes(locale).filter(k -> k.startsWith("okr.lint."))).containsExactlyInAnyOrderElementsOf(known);
    }
  }

  @Test
  void checkingWithoutContextOrRulesIsATypedError() {
    LintContext context = LintContext.of(Fixtures.set(), Fixtures.EARLY);
    assertThatThrownBy(() -> BuiltInRule.NEVER_UPDATED.check(null, null))
        .isInstanceOfSatisfying(OkrException.class, e -> assertThat(e.errors().map(OkrError::path))
            .containsExactly(OkrPath.of("context"), OkrPath.of("rules")));
    assertThatThrownBy(() -> BuiltInRule.NEVER_UPDATED.check(context, null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> BuiltInRule.NEVER_UPDATED.check(null, LintRuleSet.defaults()))
        .isInstanceOf(OkrException.class);
    assertThat(BuiltInRule.NEVER_UPDATED.check(context, LintRuleSet.defaults())).isEmpty();
  }
}
