package org.okr4j.spring;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.okr4j.validation.MessageCatalog;

/**
 * The starter's own templates (problem titles and details) in English, Simplified and Traditional
 * Chinese, from {@code org/okr4j/spring/messages*.properties}.
 */
final class StarterCatalog implements MessageCatalog {

  /** The locale of the Traditional Chinese templates. */
  static final Locale TRADITIONAL = new Locale.Builder().setLanguage("zh").setScript("Hant").build();

  static final StarterCatalog INSTANCE = new StarterCatalog();

  private final List<MessageCatalog> catalogues = List.of(
      MessageCatalog.read(Locale.ROOT, StarterCatalog.class.getResourceAsStream("messages.properties")),
      MessageCatalog.read(Locale.CHINESE, StarterCatalog.class.getResourceAsStream("messages_zh_CN.properties")),
      MessageCatalog.read(TRADITIONAL, StarterCatalog.class.getResourceAsStream("messages_zh_TW.properties")));

  private StarterCatalog() {}

  @Override
  public Option<String> template(String code, Locale locale) {
    return catalogues.map(c -> c.template(code, locale)).find(Option::isDefined).flatMap(o -> o);
  }
}
