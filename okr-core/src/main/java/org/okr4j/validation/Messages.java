package org.okr4j.validation;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Renders error and finding messages from okr4j's message catalogues: English
 * ({@code org/okr4j/validation/messages.properties}) and Simplified Chinese
 * ({@code messages_zh_CN.properties}), both UTF-8. Keys are the stable codes.
 *
 * <p>The catalogues are read once, with the class's own resource loading, so they work on the
 * class path and on the module path alike. Immutable and thread-safe.
 */
public final class Messages {

  private static final Map<String, String> ENGLISH = load("messages.properties");
  private static final Map<String, String> CHINESE = load("messages_zh_CN.properties");

  private Messages() {}

  /**
   * Formats the message for {@code code} in {@code locale}: Simplified Chinese for any
   * {@code zh} locale, English otherwise. A code missing from the Chinese catalogue falls back to
   * English; an unknown code yields the code itself, so a message is never missing.
   *
   * @param code the message key, such as {@code okr.blank}
   * @param locale the reader's locale
   * @param arguments the values for the template's {@code {0}}, {@code {1}}, ... placeholders
   * @return the formatted message
   */
  public static String format(String code, Locale locale, Seq<?> arguments) {
    Map<String, String> catalogue = isChinese(locale) ? CHINESE : ENGLISH;
    String template = catalogue.get(code).orElse(ENGLISH.get(code)).getOrNull();
    if (template == null) {
      return code;
    }
    return new MessageFormat(template, isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
        .format(arguments.toJavaArray());
  }

  /**
   * Returns the codes defined in the catalogue of {@code locale}'s language, without fallback.
   *
   * @param locale {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
   * @return the codes
   */
  public static Set<String> codes(Locale locale) {
    return (isChinese(locale) ? CHINESE : ENGLISH).keySet();
  }

  private static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  private static Map<String, String> load(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("okr4j message catalogue missing: " + resource);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return HashMap.ofAll(properties.stringPropertyNames().stream()
          .collect(java.util.stream.Collectors.toMap(k -> k, properties::getProperty)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String input) {
    String shown = input.length() > 80 ? input.substring(0, 77) + "..." : input;
    return "\"" + shown + "\"";
  }
}
