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
import java.math.BigDecimal;
import java.math.MathContext;
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

  /** The longest text argument shown in a message; longer ones are cut, with {@code …} appended. */
  public static final int MAX_ARGUMENT_LENGTH = 200;

  private static final int MAX_NUMBER_LENGTH = 40;

  private Messages() {}

  /**
   * Formats the message for {@code code} in {@code locale}: Simplified Chinese for any
   * {@code zh} locale, English otherwise. A code missing from the Chinese catalogue falls back to
   * English; an unknown code yields the code itself, so a message is never missing.
   *
   * @param code the message key, such as {@code okr.blank}
   * @param locale the reader's locale
   * @param arguments the values for the template's {@code {0}}, {@code {1}}, ... placeholders; a
   *     text longer than {@link #MAX_ARGUMENT_LENGTH} is cut, so that a message stays short whatever
   *     the input
   * @return the formatted message
   */
  public static String format(String code, Locale locale, Seq<?> arguments) {
    Present.check(code, "code");
    Present.check(arguments, "arguments");
    Map<String, String> catalogue = isChinese(locale) ? CHINESE : ENGLISH;
    String template = catalogue.get(code).orElse(ENGLISH.get(code)).getOrNull();
    if (template == null) {
      return code;
    }
    Object[] shown = arguments.map(a -> a instanceof CharSequence text ? clip(text.toString()) : a).toJavaArray();
    return new MessageFormat(template, isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
        .format(shown);
  }

  /**
   * Renders a number of any size for a message in at most 40 characters, at a cost that does not
   * grow with its exponent: plain notation when that is short ({@code 0.25}, {@code 3000}),
   * otherwise scientific notation rounded to 8 significant digits ({@code 1E+1000000000}).
   *
   * @param value the number
   * @return its text
   */
  public static String number(BigDecimal value) {
    Present.check(value, "value");
    long integerDigits = (long) value.precision() - value.scale();
    if (value.precision() <= 34 && value.scale() <= 34 && integerDigits <= 34) {
      String plain = value.toPlainString();
      if (plain.length() <= MAX_NUMBER_LENGTH) {
        return plain;
      }
    }
    String text = (value.precision() > 8 ? value.round(new MathContext(8)) : value).toString();
    return text.length() <= MAX_NUMBER_LENGTH ? text : text.substring(0, MAX_NUMBER_LENGTH - 1) + "…";
  }

  /**
   * Cuts a text to at most {@link #MAX_ARGUMENT_LENGTH} characters, ending in {@code …} when cut
   * (never between the two halves of a surrogate pair).
   *
   * @param text the text
   * @return the text, or its beginning
   */
  public static String clip(String text) {
    if (Present.check(text, "text").length() <= MAX_ARGUMENT_LENGTH) {
      return text;
    }
    int end = MAX_ARGUMENT_LENGTH - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * Returns the codes defined in the catalogue of {@code locale}'s language, without fallback.
   *
   * @param locale {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
   * @return the codes
   */
  public static Set<String> codes(Locale locale) {
    return (isChinese(Present.check(locale, "locale")) ? CHINESE : ENGLISH).keySet();
  }

  /**
   * Tells whether the catalogue of {@code locale}'s language defines {@code code} itself, without
   * falling back to English.
   *
   * @param code the message key
   * @param locale {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
   * @return {@code true} if defined
   */
  public static boolean hasMessage(String code, Locale locale) {
    return codes(locale).contains(Present.check(code, "code"));
  }

  private static boolean isChinese(Locale locale) {
    return "zh".equals(Present.check(locale, "locale").getLanguage());
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
