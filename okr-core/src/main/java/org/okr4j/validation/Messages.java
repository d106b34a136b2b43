package org.okr4j.validation;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Renders error and finding messages from the {@code org.okr4j.validation.messages} resource
 * bundles (English, Simplified Chinese).
 *
 * <p>The bundles are read once, as UTF-8, from this module's own package, so they load the same on
 * the class path and on the module path ({@code ResourceBundle.Control} is not supported in named
 * modules). Immutable and thread-safe.
 */
public final class Messages {

  /** The base name of the message bundles. */
  public static final String BUNDLE = "org.okr4j.validation.messages";

  private static final Properties ENGLISH = load("messages.properties");
  private static final Properties CHINESE = load("messages_zh_CN.properties");

  private Messages() {}

  /**
   * Formats the message for {@code code} in {@code locale}. Locales other than Chinese fall back
   * to English; an unknown code yields the code itself, so a message is never missing.
   *
   * @param code the message key, such as {@code okr.blank}
   * @param locale the reader's locale
   * @param arguments the values for the template's {@code {0}}, {@code {1}}, ... placeholders
   * @return the formatted message
   */
  public static String format(String code, Locale locale, Seq<?> arguments) {
    String template = isChinese(locale) ? CHINESE.getProperty(code, ENGLISH.getProperty(code))
        : ENGLISH.getProperty(code);
    if (template == null) {
      return code;
    }
    MessageFormat format = new MessageFormat(template, locale);
    return format.format(arguments.toJavaArray());
  }

  /**
   * Tells whether the bundle for {@code locale} defines a message for {@code code} itself, without
   * falling back to another language.
   *
   * @param code the message key
   * @param locale {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
   * @return {@code true} if the key is defined for that language
   */
  public static boolean hasMessage(String code, Locale locale) {
    return (isChinese(locale) ? CHINESE : ENGLISH).containsKey(code);
  }

  private static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
    return properties;
  }

  static String quote(String input) {
    String shown = input.length() > 80 ? input.substring(0, 77) + "..." : input;
    return "\"" + shown + "\"";
  }
}
