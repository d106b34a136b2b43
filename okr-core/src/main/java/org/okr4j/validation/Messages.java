package org.okr4j.validation;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

  /** The longest text argument shown in a message; longer ones are cut, with {@code …} appended. */
  public static final int MAX_ARGUMENT_LENGTH = 200;

  private static final int MAX_NUMBER_LENGTH = 40;

  /**
   * How a message shows a part its error does not hold: errors are records that carry what they
   * are given, and never fail, even on a {@code null} passed against the contract.
   */
  static final String MISSING = "?";

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
   * @param arguments the values for the template's {@code {0}}, {@code {1}}, ... placeholders; a
   *     text longer than {@link #MAX_ARGUMENT_LENGTH} is cut, so that a message stays short whatever
   *     the input
   * @return the formatted message
   */
  public static String format(String code, Locale locale, Seq<?> arguments) {
    return MessageResolver.defaults().format(code, locale, arguments);
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
   * Returns the codes defined in okr4j's own catalogue for {@code locale}, without fallback: the
   * Traditional Chinese catalogue for {@code zh-TW} or {@code zh-Hant}, the Simplified Chinese one
   * for other {@code zh} locales, the English one otherwise.
   *
   * @param locale such as {@link Locale#ENGLISH}, {@link Locale#SIMPLIFIED_CHINESE} or
   *     {@link Locale#TRADITIONAL_CHINESE}
   * @return the codes
   */
  public static Set<String> codes(Locale locale) {
    return BuiltInCatalog.INSTANCE.codes(Present.check(locale, "locale"));
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
    return codes(locale).contains(Present.check(code, "code"));
  }

  /** {@link #number} of a number an error holds, or {@link #MISSING}. */
  static String shown(@Nullable BigDecimal value) {
    return value == null ? MISSING : number(value);
  }

  /** The items an error holds, joined with {@code separator}, or {@link #MISSING}. */
  static String join(@Nullable Seq<?> items, String separator) {
    return items == null ? MISSING : items.mkString(separator);
  }

  static String quote(@Nullable String input) {
    if (input == null) {
      return MISSING;
    }
    String shown = input.length() > 80 ? input.substring(0, 77) + "..." : input;
    return "\"" + shown + "\"";
  }
}
