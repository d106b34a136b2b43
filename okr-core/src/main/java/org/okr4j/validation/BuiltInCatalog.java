package org.okr4j.validation;

import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * okr4j's own catalogues, read once from this package's resources (UTF-8), so that they load on the
 * class path and on the module path alike: English ({@code messages.properties}) for the root
 * locale, Simplified Chinese ({@code messages_zh_CN.properties}) for {@code zh} and Traditional
 * Chinese ({@code messages_zh_TW.properties}) for {@code zh-Hant}.
 */
final class BuiltInCatalog implements MessageCatalog {

  static final BuiltInCatalog INSTANCE = new BuiltInCatalog();

  private final Map<String, String> english = load("messages.properties");
  private final Map<String, String> simplified = load("messages_zh_CN.properties");
  private final Map<String, String> traditional = load("messages_zh_TW.properties");

  private BuiltInCatalog() {}

  @Override
  public Option<String> template(String code, Locale locale) {
    return catalogue(locale).flatMap(c -> c.get(code));
  }

  /**
   * Returns the codes of the built-in catalogue that {@code locale} reads, without fallback.
   *
   * @param locale the reader's locale
   * @return the codes of the Traditional, Simplified or English catalogue
   */
  Set<String> codes(Locale locale) {
    for (Locale candidate : MessageResolver.candidates(locale)) {
      Option<Map<String, String>> found = catalogue(candidate);
      if (found.isDefined()) {
        return found.get().keySet();
      }
    }
    return english.keySet();
  }

  private Option<Map<String, String>> catalogue(Locale locale) {
    if (Locale.ROOT.equals(locale)) {
      return Option.some(english);
    }
    if (MessageResolver.SIMPLIFIED.equals(locale)) {
      return Option.some(simplified);
    }
    return MessageResolver.TRADITIONAL.equals(locale) ? Option.some(traditional) : Option.none();
  }

  private static Map<String, String> load(String resource) {
    return ((LocaleCatalog) MessageCatalog.read(Locale.ROOT, BuiltInCatalog.class.getResourceAsStream(resource)))
        .templates();
  }
}
