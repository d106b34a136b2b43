package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

class FindingTest {

  private static final OkrPath P = OkrPath.of("objectives").index(2).key("keyResults");

  /** A host rule with its own text and no fix. */
  static class HostRule implements LintRule {
    private final String code;

    HostRule(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Seq<Finding> check(LintContext context, LintRuleSet rules) {
      return List.empty();
    }

    @Override
    public String message(Locale locale, Seq<String> arguments) {
      return (locale.getLanguage().equals("zh") ? "主机：" : "host: ") + arguments.mkString(",");
    }
  }

  @Test
  void aFindingRendersItsRulesMessageAndFix() {
    Finding f = Finding.of(BuiltInRule.TOO_FEW_KEY_RESULTS, Severity.WARNING, P, List.of("1", "2", "5"));
    assertThat(f.code()).isEqualTo("okr.lint.too-few-key-results");
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("has 1 key results; 2 to 5 are recommended");
    assertThat(f.message(Locale.GERMAN)).isEqualTo("has 1 key results; 2 to 5 are recommended");
    assertThat(f.message(Locale.forLanguageTag("zh-TW"))).isEqualTo("有 1 個關鍵結果，建議 2 到 5 個");
    assertThat(f.message(Locale.forLanguageTag("zh-CN"))).isEqualTo("有 1 个关键结果，建议 2 到 5 个");
    assertThat(f.fix(Locale.ENGLISH).get()).isEqualTo("Add measurable key results until there are at least 2");
    assertThat(f.toString())
        .isEqualTo("WARNING okr.lint.too-few-key-results at /objectives/2/keyResults: has 1 key results; 2 to 5 are recommended");
    assertThat(Finding.of(BuiltInRule.NOT_MEASURABLE, Severity.INFO, OkrPath.root(), List.of("2")).toString())
        .startsWith("INFO okr.lint.not-measurable at /: all 2 key results");
  }

  @Test
  void hostRulesBringTheirOwnTextAndHaveNoFixWithoutACatalogueEntry() {
    Finding f = Finding.of(new HostRule("acme.rule"), P, "x", "y");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("host: x,y");
    assertThat(f.message(Locale.CHINA)).isEqualTo("主机：x,y");
    assertThat(f.fix(Locale.ENGLISH).isEmpty()).isTrue();
    assertThat(Finding.of(new HostRule("acme.rule"), P).arguments()).isEmpty();
    assertThat(new HostRule("acme.rule").finding(null, P, (String[]) null).arguments()).isEmpty();
  }

  @Test
  void withSeverityCopiesOnlyWhenItChanges() {
    Finding f = Finding.of(BuiltInRule.NOT_MEASURABLE, P, "2");
    assertThat(f.withSeverity(Severity.WARNING)).isSameAs(f);
    Finding error = f.withSeverity(Severity.ERROR);
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error).isNotEqualTo(f);
    assertThat(error.withSeverity(Severity.WARNING)).isEqualTo(f).hasSameHashCodeAs(f);
  }

  @Test
  void findingsAreOrderedByPathThenCodeThenArgumentsThenSeverity() {
    OkrPath o2 = OkrPath.of("objectives").index(2);
    OkrPath o10 = OkrPath.of("objectives").index(10);
    Finding a = Finding.of(BuiltInRule.TOO_MANY_OBJECTIVES, o2, "z");
    Finding b = Finding.of(BuiltInRule.DUPLICATE_TITLE, o10, "a");
    Finding c = Finding.of(BuiltInRule.TOO_FEW_KEY_RESULTS, o2, "a");
    Finding d = Finding.of(BuiltInRule.TOO_MANY_OBJECTIVES, o2, "a", "b");
    Finding e = Finding.of(BuiltInRule.TOO_MANY_OBJECTIVES, o2, "a");
    Finding f = e.withSeverity(Severity.ERROR);
    Finding g = e.withSeverity(Severity.INFO);
    assertThat(List.of(a, b, c, d, e, f, g).sorted()).containsExactly(c, g, e, f, d, a, b);
    assertThat(e.compareTo(e)).isZero();
    assertThat(d.compareTo(e)).isPositive();
    assertThat(e.compareTo(d)).isNegative();
  }

  @Test
  void missingComponentsAreTypedErrors() {
    assertThatThrownBy(() -> Finding.of(null, null, null, null))
        .isInstanceOfSatisfying(OkrException.class, ex -> assertThat(ex.errors().map(OkrError::toString))
            .extracting(s -> s.substring(0, s.indexOf(':')))
            .containsExactly("okr.required at /rule", "okr.required at /severity", "okr.required at /path",
                "okr.required at /arguments"));
    assertThatThrownBy(() -> Finding.of(BuiltInRule.NEVER_UPDATED, Severity.INFO, P, List.of("a", null)))
        .isInstanceOfSatisfying(OkrException.class,
            ex -> assertThat(ex.errors().head().path().toString()).isEqualTo("/arguments/1"));
    assertThatThrownBy(() -> Finding.of(new HostRule("no spaces allowed"), P))
        .isInstanceOfSatisfying(OkrException.class,
            ex -> assertThat(ex.errors().head().code()).isEqualTo("okr.malformed.id"));
    assertThatThrownBy(() -> Finding.of(new HostRule(null), P))
        .isInstanceOfSatisfying(OkrException.class,
            ex -> assertThat(ex.errors().head().toString()).startsWith("okr.required at /rule/code"));
    assertThatThrownBy(() -> Finding.of(null, P))
        .isInstanceOfSatisfying(OkrException.class,
            ex -> assertThat(ex.errors().head().toString()).startsWith("okr.required at /rule"));
    assertThatThrownBy(() -> Finding.of(BuiltInRule.NEVER_UPDATED, P).withSeverity(null))
        .isInstanceOf(OkrException.class);
  }
}
