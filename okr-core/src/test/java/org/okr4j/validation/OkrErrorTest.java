package org.okr4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OkrErrorTest {

  private static final OkrPath P = OkrPath.of("a");
  private static final OkrPath Q = OkrPath.of("b", "0");

  /** One of every record, so that a new record without a message or test fails here. */
  static final List<OkrError> ALL = List.of(
      new OkrError.Required(P),
      new OkrError.Blank(P),
      new OkrError.TooLong(P, 10, 11),
      new OkrError.Malformed(P, OkrError.Format.ID, "a b"),
      new OkrError.Malformed(P, OkrError.Format.CURRENCY, "eur"),
      new OkrError.Malformed(P, OkrError.Format.NAME, "X"),
      new OkrError.OutOfRange(P, "-1", "≥ 0"),
      new OkrError.DuplicateId(P, "kr-1"),
      new OkrError.DanglingReference(P, "c-9"),
      new OkrError.EmptyRange(P, "2026-02-01", "2026-01-01"),
      new OkrError.EmptyCollection(P),
      new OkrError.TargetEqualsBaseline(P, new BigDecimal("12")),
      new OkrError.IncompatibleUnit(P, "count", "percent"),
      new OkrError.ZeroTotalWeight(P),
      new OkrError.CheckInMismatch(P, "linear", "completion"),
      new OkrError.UnknownMilestone(P, "m9"),
      new OkrError.OutsideCycle(P, "2026-05-01", "2026-q1"),
      new OkrError.CyclicReference(P, List.of("a", "b", "a")),
      new OkrError.WeightsNotNormalized(P, new BigDecimal("0.9")),
      new OkrError.UndefinedProgress(P, "c / t, t = 0"),
      new AlignmentError.MissingLink(P),
      new AlignmentError.UnknownNode(P, "objective:x"),
      new AlignmentError.DuplicateLink(P, "objective:a", "objective:b"),
      new AlignmentError.CyclicLink(P, List.of("objective:a", "objective:b", "objective:a")),
      new AlignmentError.TooManyParents(P, "objective:a", "objective:b"),
      new AlignmentError.LevelStep(P, "team (2)", "company (0)", "NO_SKIPPING"),
      new AlignmentError.CrossCycle(P, "2026-q2", "2026-q1", "ENCLOSING"),
      new JsonError.UnsupportedFormat(P, "\"okr4j/2\"", "okr4j/1"),
      new JsonError.UnknownKind(P, "\"guess\"", List.of("linear", "binary")),
      new JsonError.WrongDocument(P, "\"scorecard\"", "okr-set"),
      new JsonError.UnknownValue(P, "\"median\"", List.of("mean", "minimum")),
      new JsonError.UnknownField(P, "objective", List.of("id", "title")),
      new JsonError.DuplicateField(P, "objective"),
      new JsonError.WrongType(P, JsonError.JsonType.STRING, JsonError.JsonType.NUMBER),
      new JsonError.MalformedText(P, JsonError.TextFormat.DATE, "\"2026-13-01\""),
      new JsonError.TooMany(P, 1000, "withMaxCheckIns"),
      new JsonError.TooLarge(P, 17024),
      new JsonError.TooDeep(P, 200),
      new JsonError.ScorecardMismatch(P, "0.5", "0.4"));

  /** Counts the records of a sealed family, descending into sealed sub-families such as AlignmentError. */
  private static int records(Class<?> family) {
    int count = 0;
    for (Class<?> c : family.getPermittedSubclasses()) {
      count += c.isInterface() ? records(c) : 1;
    }
    return count;
  }

  @Test
  void aPartPassedAsNullShowsAsAQuestionMark() {
    // errors are records that carry what they are given (OkrStyle): describing them never fails
    assertThat(new OkrError.Required(null).toString()).isEqualTo("okr.required at ?: is required");
    assertThat(new OkrException(List.of(new OkrError.Required(null), new OkrError.Blank(OkrPath.root()))))
        .hasMessage("2 problems: okr.required at ? (is required); okr.blank at / (must not be blank)");
    assertThat(new OkrError.Malformed(P, null, null).code()).isEqualTo("okr.malformed");
    assertThat(new OkrError.Malformed(P, OkrError.Format.ID, null).arguments()).containsExactly("?");
    assertThat(new OkrError.TargetEqualsBaseline(P, null).arguments()).containsExactly("?");
    assertThat(new OkrError.WeightsNotNormalized(P, null).arguments()).containsExactly("?");
    assertThat(new OkrError.CyclicReference(P, null).arguments()).containsExactly("?");
    assertThat(new AlignmentError.CyclicLink(P, null).arguments()).containsExactly("?");
    assertThat(new OkrError.TargetEqualsBaseline(P, new BigDecimal("12")).value()).isEqualByComparingTo("12");
  }

  @Test
  void everyErrorHasACodeAPathAndMessagesInBothLanguages() {
    assertThat(ALL.map(e -> e.getClass()).distinct().size()).isEqualTo(records(OkrError.class));
    for (OkrError e : ALL) {
      assertThat(e.code()).startsWith("okr.");
      assertThat(Messages.codes(Locale.ENGLISH)).as(e.code()).contains(e.code());
      assertThat(Messages.codes(Locale.SIMPLIFIED_CHINESE)).as(e.code()).contains(e.code());
      String en = e.message(Locale.ENGLISH);
      String zh = e.message(Locale.CHINA);
      assertThat(en).isNotEqualTo(zh).doesNotContain("{0}").doesNotContain("{1}");
      assertThat(zh).doesNotContain("{0}").doesNotContain("{1}");
      for (Object argument : e.arguments()) {
        assertThat(en).contains(argument.toString());
        assertThat(zh).contains(argument.toString());
      }
      assertThat(e.toString()).isEqualTo(e.code() + " at /a: " + en);
      OkrError moved = e.withPath(Q);
      assertThat(moved.path()).isEqualTo(Q);
      assertThat(moved.code()).isEqualTo(e.code());
      assertThat(moved.arguments()).isEqualTo(e.arguments());
      assertThat(e.under(OkrPath.of("x")).path().toString()).isEqualTo("/x/a");
      assertThat(e.withPath(P)).isEqualTo(e);
    }
  }

  @Test
  void specificCodesAndMessages() {
    assertThat(new OkrError.Malformed(P, OkrError.Format.CURRENCY, "eur").code()).isEqualTo("okr.malformed.currency");
    assertThat(new OkrError.TargetEqualsBaseline(P, new BigDecimal("12.50")).message(Locale.ENGLISH))
        .isEqualTo("target equals baseline (12.50), so progress is undefined");
    assertThat(new OkrError.Malformed(P, OkrError.Format.ID, "x".repeat(100)).message(Locale.ENGLISH))
        .contains("\"" + "x".repeat(77) + "...\"");
    assertThat(new OkrError.CyclicReference(P, List.of("a", "b", "a")).message(Locale.ENGLISH))
        .isEqualTo("forms a loop: a → b → a");
    assertThat(new OkrError.Blank(OkrPath.root()).toString()).isEqualTo("okr.blank at /: must not be blank");
    assertThat(new OkrError.Blank(P).message(Locale.forLanguageTag("zh-TW"))).isEqualTo("不得為空白");
    assertThat(new OkrError.Blank(P).message(Locale.forLanguageTag("zh-CN"))).isEqualTo("不能为空");
    assertThat(new OkrError.Blank(P).message(Locale.GERMAN)).isEqualTo("must not be blank");
  }

  @Test
  void messagesFallBack() {
    assertThat(Messages.format("okr.no-such-code", Locale.ENGLISH, List.empty())).isEqualTo("okr.no-such-code");
    assertThat(Messages.format("okr.no-such-code", Locale.CHINESE, List.empty())).isEqualTo("okr.no-such-code");
  }

  @Test
  void catalogsDefineTheSameCodes() {
    assertThat(Messages.codes(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrderElementsOf(Messages.codes(Locale.ENGLISH));
  }

  @Test
  void exceptionsCarryTheErrors() {
    OkrException one = new OkrException(List.of(new OkrError.Blank(P)));
    assertThat(one.getMessage()).isEqualTo("1 problem: okr.blank at /a (must not be blank)");
    assertThat(one.errors()).hasSize(1);
    OkrException two = new OkrException(List.of(new OkrError.Blank(OkrPath.root()), new OkrError.Required(P)));
    assertThat(two.getMessage()).isEqualTo("2 problems: okr.blank at / (must not be blank); okr.required at /a (is required)");
    assertThat(new OkrException(List.empty()).getMessage()).isEqualTo("invalid OKR input");
    assertThat(OkrException.getOrThrow(io.vavr.control.Validation.valid("x"))).isEqualTo("x");
  }
}
