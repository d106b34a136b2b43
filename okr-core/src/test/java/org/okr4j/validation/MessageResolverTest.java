package org.okr4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.lint.BuiltInRule;
import org.okr4j.lint.Finding;

/** Which catalogue answers for which locale, and how host catalogues join okr4j's own. */
class MessageResolverTest {

  private static final OkrError BLANK = new OkrError.Blank(OkrPath.of("title"));
  private static final String ENGLISH = "must not be blank";
  private static final String SIMPLIFIED = "不能为空";
  private static final String TRADITIONAL = "不得為空白";

  @Test
  void chineseFollowsTheScriptOfTheRegion() {
    for (String tag : List.of("zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-CN")) {
      assertThat(BLANK.message(Locale.forLanguageTag(tag))).as(tag).isEqualTo(TRADITIONAL);
    }
    for (String tag : List.of("zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-HK")) {
      assertThat(BLANK.message(Locale.forLanguageTag(tag))).as(tag).isEqualTo(SIMPLIFIED);
    }
    assertThat(BLANK.message(Locale.TRADITIONAL_CHINESE)).isEqualTo(TRADITIONAL);
    assertThat(BLANK.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(SIMPLIFIED);
    for (Locale other : List.of(Locale.ENGLISH, Locale.US, Locale.GERMANY, Locale.JAPAN, Locale.ROOT)) {
      assertThat(BLANK.message(other)).as(other.toString()).isEqualTo(ENGLISH);
    }
  }

  @Test
  void theBuiltInCodesOfEachLocaleAreItsOwnCatalogue() {
    assertThat(Messages.hasMessage("okr.blank", Locale.TRADITIONAL_CHINESE)).isTrue();
    assertThat(Messages.format("okr.too-long", Locale.forLanguageTag("zh-HK"), List.of(3, 5)))
        .isEqualTo("長度最多為 3 個字元（實際為 5）");
    assertThat(Messages.codes(Locale.forLanguageTag("zh-Hant"))).isEqualTo(Messages.codes(Locale.ENGLISH));
  }

  @Test
  void aHostCatalogueAnswersForItsLocaleAndItsRegionsOnly() {
    MessageResolver messages = MessageResolver.defaults()
        .with(MessageCatalog.of(Locale.GERMAN, HashMap.of("okr.blank", "darf nicht leer sein",
            "okr.too-long", "darf höchstens {0} Zeichen lang sein (ist {1})")));
    assertThat(BLANK.message(Locale.GERMAN, messages)).isEqualTo("darf nicht leer sein");
    assertThat(BLANK.message(Locale.forLanguageTag("de-CH"), messages)).isEqualTo("darf nicht leer sein");
    assertThat(new OkrError.TooLong(OkrPath.of("title"), 3, 5).message(Locale.GERMANY, messages))
        .isEqualTo("darf höchstens 3 Zeichen lang sein (ist 5)");
    // a code the German catalogue lacks falls back to okr4j's English; other languages are untouched
    assertThat(new OkrError.Required(OkrPath.of("owner")).message(Locale.GERMAN, messages)).isEqualTo("is required");
    assertThat(BLANK.message(Locale.ENGLISH, messages)).isEqualTo(ENGLISH);
    assertThat(BLANK.message(Locale.TAIWAN, messages)).isEqualTo(TRADITIONAL);
    // the one-argument form keeps to the default catalogues
    assertThat(BLANK.message(Locale.GERMAN)).isEqualTo(ENGLISH);
  }

  @Test
  void aHostCatalogueForTheRootLocaleRewordsTheEnglishOnly() {
    MessageResolver messages = MessageResolver.builtIn()
        .with(MessageCatalog.of(Locale.ROOT, HashMap.of("okr.blank", "cannot be empty")));
    assertThat(BLANK.message(Locale.US, messages)).isEqualTo("cannot be empty");
    assertThat(BLANK.message(Locale.CHINA, messages)).isEqualTo(SIMPLIFIED);
    assertThat(BLANK.message(Locale.forLanguageTag("zh-HK"), messages)).isEqualTo(TRADITIONAL);
  }

  @Test
  void theLastCatalogueAddedComesFirst() {
    MessageResolver messages = MessageResolver.builtIn()
        .with(MessageCatalog.of(Locale.CHINESE, HashMap.of("okr.blank", "第一")))
        .with(MessageCatalog.of(Locale.CHINESE, HashMap.of("okr.blank", "第二")));
    assertThat(BLANK.message(Locale.CHINA, messages)).isEqualTo("第二");
  }

  @Test
  void aTemplateThatIsNotAMessageFormatIsSkipped() {
    MessageResolver messages = MessageResolver.builtIn()
        .with(MessageCatalog.of(Locale.GERMAN, HashMap.of("okr.too-long", "höchstens {0 Zeichen")));
    assertThat(new OkrError.TooLong(OkrPath.of("title"), 3, 5).message(Locale.GERMAN, messages))
        .isEqualTo("must be at most 3 characters long (is 5)");
    assertThat(messages.template("okr.too-long", Locale.GERMAN)).contains("höchstens {0 Zeichen");
  }

  @Test
  void aResolverLoadedThroughAClassLoaderEndsWithOkr4jsCatalogues() {
    for (MessageResolver loaded : List.of(MessageResolver.load(getClass().getClassLoader()), MessageResolver.load(null))) {
      assertThat(BLANK.message(Locale.TAIWAN, loaded)).isEqualTo(TRADITIONAL);
      assertThat(BLANK.message(Locale.ENGLISH, loaded)).isEqualTo(ENGLISH);
    }
    assertThat(MessageResolver.defaults()).isSameAs(MessageResolver.defaults());
    assertThat(MessageResolver.candidates(Locale.forLanguageTag("zh-TW")))
        .startsWith(Locale.forLanguageTag("zh-Hant-TW"), Locale.forLanguageTag("zh-Hant")).endsWith(Locale.ROOT);
  }

  @Test
  void longTextArgumentsAreCutWithoutSplittingACharacter() {
    MessageResolver messages = MessageResolver.builtIn();
    assertThat(messages.format("okr.duplicate-id", Locale.ENGLISH, List.of("x".repeat(300))))
        .isEqualTo("repeats the identifier " + "x".repeat(199) + "…");
    assertThat(messages.format("okr.duplicate-id", Locale.ENGLISH, List.of("x".repeat(200))))
        .isEqualTo("repeats the identifier " + "x".repeat(200));
    String emoji = "a".repeat(198) + "😀" + "b".repeat(10);
    assertThat(messages.format("okr.duplicate-id", Locale.TAIWAN, List.of(emoji))).isEqualTo("重複了識別碼 " + "a".repeat(198) + "…");
  }

  @Test
  void anUnknownCodeIsShownAsItself() {
    assertThat(MessageResolver.builtIn().format("acme.no-such-code", Locale.CHINA, List.empty()))
        .isEqualTo("acme.no-such-code");
    assertThat(MessageResolver.builtIn().template("acme.no-such-code", Locale.CHINA)).isEqualTo(Option.none());
  }

  @Test
  void aCatalogueIsReadFromUtf8Properties() {
    MessageCatalog german = MessageCatalog.read(Locale.GERMAN, new ByteArrayInputStream(
        "okr.blank=darf nicht leer sein\nokr.empty=darf nicht leer sein (Liste) ''ja''\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(german.template("okr.blank", Locale.GERMAN)).contains("darf nicht leer sein");
    assertThat(german.template("okr.blank", Locale.GERMANY)).isEmpty();
    assertThat(new OkrError.EmptyCollection(OkrPath.of("x")).message(Locale.GERMAN, MessageResolver.builtIn().with(german)))
        .isEqualTo("darf nicht leer sein (Liste) 'ja'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MessageCatalog.read(Locale.GERMAN, null))
        .isInstanceOfSatisfying(OkrException.class,
            e -> assertThat(e.errors()).containsExactly(new OkrError.Required(OkrPath.of("properties"))));
  }

  @Test
  void lintFindingsAndTheirFixesComeFromTheSameCatalogues() {
    Finding finding = Finding.of(BuiltInRule.TOO_FEW_KEY_RESULTS, OkrPath.of("objectives", "0", "keyResults"), "1", "2", "5");
    assertThat(finding.message(Locale.TAIWAN)).isEqualTo("有 1 個關鍵結果，建議 2 到 5 個");
    assertThat(finding.fix(Locale.forLanguageTag("zh-HK"))).contains("補充可衡量的關鍵結果，至少達到 2 個");
    MessageResolver messages = MessageResolver.builtIn().with(MessageCatalog.of(Locale.GERMAN, HashMap.of(
        "okr.lint.too-few-key-results", "hat {0} Schlüsselergebnisse; empfohlen sind {1} bis {2}",
        "okr.lint.too-few-key-results.fix", "Messbare Schlüsselergebnisse ergänzen, bis es mindestens {1} sind")));
    assertThat(finding.message(Locale.GERMAN, messages)).isEqualTo("hat 1 Schlüsselergebnisse; empfohlen sind 2 bis 5");
    assertThat(finding.fix(Locale.GERMAN, messages)).contains("Messbare Schlüsselergebnisse ergänzen, bis es mindestens 2 sind");
    assertThat(finding.message(Locale.ENGLISH, messages)).isEqualTo(finding.message(Locale.ENGLISH));
  }

  @Test
  void aDocumentOfAnotherKindKeepsItsOwnMessageKey() {
    OkrError wrong = new JsonError.WrongDocument(OkrPath.of("kind"), "\"scorecard\"", "okr-set");
    MessageResolver messages = MessageResolver.builtIn().with(MessageCatalog.of(Locale.GERMAN,
        HashMap.of("okr.json.unknown-kind.document", "ist {0}, gelesen wird hier ein Dokument der Art {1}")));
    assertThat(wrong.message(Locale.GERMAN, messages)).isEqualTo("ist \"scorecard\", gelesen wird hier ein Dokument der Art okr-set");
    assertThat(wrong.message(Locale.TAIWAN)).isEqualTo("為 \"scorecard\"，但此處讀取的是類型為 okr-set 的文件");
    assertThat(new InputProblem(wrong, 1, 2).message(Locale.GERMAN, messages)).startsWith("ist ");
  }
}
