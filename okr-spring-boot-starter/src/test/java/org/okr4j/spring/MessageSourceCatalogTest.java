package org.okr4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bridge to Spring's MessageSource with a host's bundles {@code bridge/messages.properties}
 * (rewording okr.blank), {@code messages_de.properties} and {@code messages_zh_CN.properties}
 * (okr.empty only).
 */
class MessageSourceCatalogTest {

  private final MessageResolver messages = resolver(false);

  private static MessageResolver resolver(boolean useCodeAsDefault) {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("bridge/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setUseCodeAsDefaultMessage(useCodeAsDefault);
    return MessageResolver.builtIn().with(new MessageSourceCatalog(source));
  }

  private String blank(Locale locale) {
    return new OkrError.Blank(OkrPath.of("title")).message(locale, messages);
  }

  @Test
  void theHostsLanguageFilesComeFirst() {
    assertThat(blank(Locale.GERMANY)).isEqualTo("darf nicht leer sein");
    assertThat(new OkrError.EmptyCollection(OkrPath.of("x")).message(Locale.CHINA, messages)).isEqualTo("主机：不能为空");
  }

  @Test
  void theHostsBaseFileRewordsOnlyTheEnglish() {
    assertThat(blank(Locale.US)).isEqualTo("cannot be empty");
    assertThat(blank(Locale.CHINA)).isEqualTo("不能为空");
    assertThat(blank(Locale.TAIWAN)).isEqualTo("不得為空白");
  }

  @Test
  void codesTheHostDoesNotKnowFallBackToOkr4j() {
    assertThat(new OkrError.Required(OkrPath.of("owner")).message(Locale.GERMANY, messages)).isEqualTo("is required");
    assertThat(new OkrError.Required(OkrPath.of("owner")).message(Locale.GERMANY, resolver(true))).isEqualTo("is required");
  }
}
