package org.okr4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The {@code okr.json.*} errors and {@link InputProblem}: codes, messages, the echo bound. */
class JsonErrorTest {

  private static final OkrPath AT = OkrPath.of("objectives", "0", "titel");

  @Test
  void codesNameTheProblem() {
    assertThat(new JsonError.MalformedText(AT, JsonError.TextFormat.INSTANT, "\"x\"").code())
        .isEqualTo("okr.json.malformed.instant");
    assertThat(new JsonError.MalformedText(AT, JsonError.TextFormat.INTEGER, "\"x\"").code())
        .isEqualTo("okr.json.malformed.integer");
    assertThat(new JsonError.WrongDocument(AT, "\"scorecard\"", "okr-set").code()).isEqualTo("okr.json.unknown-kind");
    assertThat(JsonError.JsonType.NOTHING.token()).isEqualTo("nothing");
    assertThat(JsonError.TextFormat.ZONE.token()).isEqualTo("zone");
  }

  @Test
  void messagesReadInBothLanguages() {
    JsonError unknown = new JsonError.UnknownField(AT, "objective", List.of("id", "title"));
    assertThat(unknown.toString())
        .isEqualTo("okr.json.unknown-field at /objectives/0/titel: is not a field of objective (its fields are id, title)");
    assertThat(unknown.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不是 objective 的字段（其字段为 id, title）");
    // element 1001 of an array of at most 1000
    assertThat(new JsonError.TooMany(AT, 1000, "withMaxCheckIns").message(Locale.ENGLISH))
        .isEqualTo("is element 1001, but an array here holds at most 1000 elements (raise the limit with "
            + "OkrModule.withMaxCheckIns)");
    assertThat(new JsonError.WrongDocument(AT, "\"scorecard\"", "okr-set").message(Locale.ENGLISH))
        .isEqualTo("is \"scorecard\", but a document of kind okr-set is read here");
    assertThat(new JsonError.ScorecardMismatch(AT, "0.5", "0.4").message(Locale.ENGLISH))
        .isEqualTo("is 0.5, but scoring the document's set under its policy at its asOf gives 0.4");
    assertThat(new JsonError.WrongType(AT, JsonError.JsonType.STRING, JsonError.JsonType.NULL).message(Locale.ENGLISH))
        .isEqualTo("must be of JSON type string, not null");
  }

  @Test
  void reRootingKeepsTheFamily() {
    JsonError e = new JsonError.DuplicateField(OkrPath.of("title"), "objective");
    JsonError moved = e.under(OkrPath.of("objectives", "3"));
    assertThat(moved.path().toString()).isEqualTo("/objectives/3/title");
    assertThat(moved).isInstanceOf(JsonError.DuplicateField.class);
  }

  @Test
  void quotingIsBoundedAt256Characters() {
    assertThat(JsonError.quote("abc")).isEqualTo("\"abc\"");
    assertThat(JsonError.shorten("x".repeat(256))).hasSize(256);
    String cut = JsonError.shorten("y".repeat(1_000_000));
    assertThat(cut).hasSize(256).endsWith("y…");
    assertThat(JsonError.quote("z".repeat(300))).hasSize(258);
  }

  @Test
  void anInputProblemCarriesItsErrorAndLocation() {
    JsonError error = new JsonError.UnknownField(AT, "objective", List.of("id", "title"));
    InputProblem located = new InputProblem(error, 3, 49);
    assertThat(located.code()).isEqualTo("okr.json.unknown-field");
    assertThat(located.pointer()).isEqualTo("/objectives/0/titel");
    assertThat(located.message(Locale.ENGLISH)).isEqualTo(error.message(Locale.ENGLISH));
    assertThat(located.message(Locale.CHINA)).isEqualTo(error.message(Locale.CHINA));
    assertThat(located.hasLocation()).isTrue();
    assertThat(located.toString()).isEqualTo(error + " (line 3, column 49)");
    InputProblem core = InputProblem.of(new OkrError.Blank(OkrPath.root()));
    assertThat(core.hasLocation()).isFalse();
    assertThat(core.line()).isZero();
    assertThat(core.column()).isZero();
    assertThat(core.pointer()).isEmpty();
    assertThat(core.toString()).isEqualTo("okr.blank at /: must not be blank");
    // a plain result never throws (OkrStyle): a negative position means "not known", like 0
    assertThat(new InputProblem(error, -1, 0).line()).isZero();
    assertThat(new InputProblem(error, 0, -1).column()).isZero();
    assertThat(new InputProblem(error, -1, -1).hasLocation()).isFalse();
    // ... and a problem given no error reports that its error is required
    InputProblem none = new InputProblem(null, 2, 5);
    assertThat(none.code()).isEqualTo("okr.required");
    assertThat(none.pointer()).isEqualTo("/error");
    assertThat(none.toString()).isEqualTo("okr.required at /error: is required (line 2, column 5)");
  }

  @Test
  void aPartPassedAsNullShowsAsAQuestionMark() {
    // errors are records that carry what they are given (OkrStyle): describing them never fails
    assertThat(new JsonError.UnknownField(null, "x", null).toString())
        .startsWith("okr.json.unknown-field at ?: ").contains("?");
    assertThat(new JsonError.UnknownValue(AT, "x", null).arguments()).containsExactly("x", "?");
    assertThat(new JsonError.UnknownKind(AT, "x", null).arguments()).containsExactly("x", "?");
    assertThat(new JsonError.WrongType(AT, null, JsonError.JsonType.STRING).arguments())
        .containsExactly("?", JsonError.JsonType.STRING.token());
    assertThat(new JsonError.WrongType(AT, JsonError.JsonType.STRING, null).arguments())
        .containsExactly(JsonError.JsonType.STRING.token(), "?");
    assertThat(new JsonError.MalformedText(AT, null, "x").code()).isEqualTo("okr.json.malformed");
    assertThat(new InputProblem(new OkrError.Blank(null), 0, 0).pointer()).isEqualTo("?");
  }
}
