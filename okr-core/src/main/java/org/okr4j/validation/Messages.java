package org.okr4j.validation;

import io.vavr.collection.Seq;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders error and finding messages from the {@code org.okr4j.validation.messages} resource
 * bundles (English, Simplified Chinese).
 *
 * <p>Immutable and thread-safe (it holds no state; {@link ResourceBundle} caches the bundles).
 */
public final class Messages {

  /** The base name of the message bundles. */
  public static final String BUNDLE = "org.okr4j.validation.messages";

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
    ResourceBundle bundle = bundle(locale);
    String template;
    try {
      template = bundle.getString(code);
    } catch (MissingResourceException e) {
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
    ResourceBundle bundle = bundle(locale);
    return bundle.keySet().contains(code)
        && (bundle.getLocale().getLanguage().equals(language(locale)));
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale target = language(locale).equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, target, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String language(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? "zh" : "";
  }

  static String quote(String input) {
    String shown = input.length() > 80 ? input.substring(0, 77) + "..." : input;
    return "\"" + shown + "\"";
  }
}
