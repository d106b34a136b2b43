package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.lint.BuiltInRule;
import org.okr4j.lint.Finding;
import org.okr4j.validation.MessageCatalog;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/** The README's messages example, compiled and checked. */
class MessagesSnippetTest {

  @Test
  void messages() {
    // snippet: messages
    OkrError blank = new OkrError.Blank(OkrPath.of("objectives", "0", "title"));
    String traditional = blank.message(Locale.TAIWAN);  // "不得為空白": zh-TW, zh-HK, zh-MO and zh-Hant
    String simplified = blank.message(Locale.CHINA);    // "不能为空": zh-CN, zh-SG, zh-Hans and zh
    Finding finding = Finding.of(BuiltInRule.TOO_FEW_KEY_RESULTS, OkrPath.of("objectives", "0", "keyResults"), "1", "2", "5");

    // Another language without any framework: templates keyed by code, placeholders as in English.
    MessageCatalog japanese = MessageCatalog.of(Locale.JAPANESE, HashMap.of(
        "okr.blank", "空にできません",
        "okr.lint.too-few-key-results", "主要な結果は {0} 件です。{1}〜{2} 件を推奨します"));
    MessageResolver messages = MessageResolver.defaults().with(japanese);
    String japaneseError = blank.message(Locale.JAPAN, messages);      // "空にできません"
    String japaneseFinding = finding.message(Locale.JAPAN, messages);  // "主要な結果は 1 件です。2〜5 件を推奨します"
    String notTranslated = finding.fix(Locale.JAPAN, messages).get();   // okr4j's English fix
    // end snippet
    assertThat(traditional).isEqualTo("不得為空白");
    assertThat(simplified).isEqualTo("不能为空");
    assertThat(japaneseError).isEqualTo("空にできません");
    assertThat(japaneseFinding).isEqualTo("主要な結果は 1 件です。2〜5 件を推奨します");
    assertThat(notTranslated).isEqualTo("Add measurable key results until there are at least 2");
  }
}
