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
    return language(locale).equals("zh") ? Bundles.CHINESE : Bundles.ENGLISH;
  }

  /**
   * The two bundles, loaded from this module's own resources. {@code ResourceBundle.getBundle} with
   * a {@code ResourceBundle.Control} throws {@code UnsupportedOperationException} in a named module
   * (okr-core on the module path), and without one it may fall back to the JVM's default locale;
   * loading the files directly avoids both. Each bundle reports its own locale, the Chinese one
   * with the English one as its parent.
   */
  private static final class Bundles {
    static final ResourceBundle ENGLISH = load("messages.properties", Locale.ROOT, null);
    static final ResourceBundle CHINESE = load("messages_zh_CN.properties", Locale.SIMPLIFIED_CHINESE, ENGLISH);

    private static ResourceBundle load(String file, Locale locale, @org.jspecify.annotations.Nullable ResourceBundle parent) {
      try (java.io.InputStream in = Messages.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + file);
        }
        return new Localized(in, locale, parent);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static final class Localized extends java.util.PropertyResourceBundle {
    private final Locale locale;

    Localized(java.io.InputStream in, Locale locale, @org.jspecify.annotations.Nullable ResourceBundle parent)
        throws java.io.IOException {
      super(in);
      this.locale = locale;
      if (parent != null) {
        setParent(parent);
      }
    }

    @Override
    public Locale getLocale() {
      return locale;
    }
  }

  private static String language(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? "zh" : "";
  }

  static String quote(String input) {
    String shown = input.length() > 80 ? input.substring(0, 77) + "..." : input;
    return "\"" + shown + "\"";
  }
}
