package org.okr4j.validation;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.Locale;

/**
 * Renders error and finding messages from okr4j's message catalogues: English
 * ({@code org/okr4j/validation/messages.properties}), Simplified Chinese
 * ({@code messages_zh_CN.properties}) and Traditional Chinese ({@code messages_zh_TW.properties}),
 * all UTF-8, keyed by the stable codes, and the host catalogues of {@link MessageResolver#defaults()}.
 *
 * <p>The catalogues are read once, with the class's own resource loading, so they work on the
 * class path and on the module path alike. Immutable and thread-safe.
 */
public final class Messages {

  private Messages() {}

  /**
   * Formats the message for {@code code} in {@code locale} with {@link MessageResolver#defaults()}:
   * Traditional Chinese for {@code zh-TW}, {@code zh-HK}, {@code zh-MO} and {@code zh-Hant},
   * Simplified Chinese for the other {@code zh} locales, a host catalogue's language where one
   * defines it, English otherwise. A code missing from a catalogue falls back to the next more
   * general locale and finally to English; an unknown code yields the code itself, so a message is
   * never missing.
   *
   * @param code the message key, such as {@code okr.blank}
   * @param locale the reader's locale
   * @param arguments the values for the template's {@code {0}}, {@code {1}}, ... placeholders
   * @return the formatted message
   */
  public static String format(String code, Locale locale, Seq<?> arguments) {
    return MessageResolver.defaults().format(code, locale, arguments);
  }

  /**
   * Returns the codes defined in okr4j's own catalogue for {@code locale}, without fallback: the
   * Traditional Chinese catalogue for {@code zh-TW} or {@code zh-Hant}, the Simplified Chinese one
   * for other {@code zh} locales, the English one otherwise.
   *
   * @param locale such as {@link Locale#ENGLISH}, {@link Locale#SIMPLIFIED_CHINESE} or
   *     {@link Locale#TRADITIONAL_CHINESE}
   * @return the codes
   */
  public static Set<String> codes(Locale locale) {
    return BuiltInCatalog.INSTANCE.codes(locale);
  }

  /**
   * Tells whether okr4j's own catalogue for {@code locale} defines {@code code} itself, without
   * falling back to English.
   *
   * @param code the message key
   * @param locale such as {@link Locale#ENGLISH}, {@link Locale#SIMPLIFIED_CHINESE} or
   *     {@link Locale#TRADITIONAL_CHINESE}
   * @return {@code true} if defined
   */
  public static boolean hasMessage(String code, Locale locale) {
    return codes(locale).contains(code);
  }

  static String quote(String input) {
    String shown = input.length() > 80 ? input.substring(0, 77) + "..." : input;
    return "\"" + shown + "\"";
  }
}
