package org.okr4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Messages load on the module path and every English message has a Chinese one. */
class MessagesTest {

  @Test
  void formatsInEnglishAndChinese() {
    assertThat(Messages.format("okr.blank", Locale.ENGLISH, List.empty())).isEqualTo("must not be blank");
    assertThat(Messages.format("okr.blank", Locale.SIMPLIFIED_CHINESE, List.empty())).isEqualTo("不能为空");
    assertThat(Messages.format("okr.blank", Locale.GERMAN, List.empty())).isEqualTo("must not be blank");
    assertThat(Messages.format("okr.too-long", Locale.ENGLISH, List.of("3", "5")))
        .isEqualTo("must be at most 3 characters long (is 5)");
    assertThat(Messages.format("okr.no-such-code", Locale.ENGLISH, List.empty())).isEqualTo("okr.no-such-code");
    assertThat(Messages.hasMessage("okr.blank", Locale.ENGLISH)).isTrue();
    assertThat(Messages.hasMessage("okr.blank", Locale.SIMPLIFIED_CHINESE)).isTrue();
    assertThat(Messages.hasMessage("okr.no-such-code", Locale.ENGLISH)).isFalse();
    assertThat(new OkrException(List.of(new OkrError.Required(OkrPath.of("x")))).getMessage())
        .isEqualTo("1 problem: okr.required at /x (is required)");
  }

  @Test
  void everyEnglishMessageHasAChineseTranslation() throws Exception {
    Properties english = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
      english.load(in);
    }
    assertThat(english.stringPropertyNames()).isNotEmpty().allSatisfy(code ->
        assertThat(Messages.hasMessage(code, Locale.SIMPLIFIED_CHINESE)).as(code).isTrue());
  }
}
