package org.okr4j.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Finds and formats the message for an okr4j code in a reader's locale, from an ordered list of
 * {@link MessageCatalog}s ending with okr4j's own: English, Simplified Chinese and Traditional
 * Chinese.
 *
 * <p>For a locale the resolver tries the candidate locales from the most specific to the root, as
 * {@link ResourceBundle.Control#getCandidateLocales(String, Locale)} lists them, and at each the
 * catalogues in order; the first template found wins. Chinese follows the script:
 * {@code zh-TW}, {@code zh-HK}, {@code zh-MO} and {@code zh-Hant} read Traditional Chinese,
 * {@code zh-CN}, {@code zh-SG}, {@code zh-Hans} and plain {@code zh} Simplified Chinese, every
 * other locale English unless a host catalogue has it. So a host's German catalogue answers for
 * {@code de-DE} and {@code de-CH}, a host catalogue for the root locale rewords okr4j's English
 * only, and a code no catalogue knows is shown as the code itself: a message is never missing. A
 * template that is not a valid {@link MessageFormat} pattern is skipped for the next one.
 *
 * <pre>{@code
 * MessageResolver messages = MessageResolver.defaults()                 // ServiceLoader + okr4j's own
 *     .with(MessageCatalog.of(Locale.JAPANESE, HashMap.of("okr.blank", "空にできません")));
 * error.message(Locale.JAPAN, messages);                                 // "空にできません"
 * finding.fix(Locale.TRADITIONAL_CHINESE, messages);                    // okr4j's Traditional Chinese
 * }</pre>
 *
 * <p>{@link OkrError#message(Locale)}, {@code Finding.message(Locale)} and the other one-argument
 * forms use {@link #defaults()}. Immutable and thread-safe.
 */
public final class MessageResolver {

  /** The locale of okr4j's Traditional Chinese catalogue: Chinese in the Han Traditional script. */
  static final Locale TRADITIONAL = new Locale.Builder().setLanguage("zh").setScript("Hant").build();

  /** The locale of okr4j's Simplified Chinese catalogue: every Chinese locale not written in Hant. */
  static final Locale SIMPLIFIED = Locale.CHINESE;

  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  /** At most this many providers are looked at, so that a broken service configuration cannot loop. */
  private static final int MAX_PROVIDERS = 1_000;

  private static final MessageResolver BUILT_IN = new MessageResolver(List.of(BuiltInCatalog.INSTANCE));

  private final Seq<MessageCatalog> catalogues;

  private MessageResolver(Seq<MessageCatalog> catalogues) {
    this.catalogues = catalogues;
  }

  /**
   * Returns the resolver of okr4j's own catalogues only: English, Simplified Chinese and
   * Traditional Chinese.
   *
   * @return the built-in resolver
   */
  public static MessageResolver builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the resolver that every one-argument {@code message(Locale)} uses: the
   * {@link MessageCatalog}s that {@link ServiceLoader} finds (through the thread context class
   * loader, and on the module path through {@code provides}), in the order it finds them, before
   * okr4j's own. They are looked up once, on first use; a provider that cannot be loaded is skipped.
   *
   * @return the default resolver
   */
  public static MessageResolver defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Returns a resolver of the {@link MessageCatalog}s that {@link ServiceLoader} finds through
   * {@code loader}, before okr4j's own, for hosts whose catalogues are not visible to the thread
   * context class loader. A provider that cannot be loaded is skipped.
   *
   * @param loader the class loader to look through; {@code null} for the system class loader
   * @return the resolver
   */
  public static MessageResolver load(@Nullable ClassLoader loader) {
    return discover(ServiceLoader.load(MessageCatalog.class, loader));
  }

  /**
   * Returns a resolver that consults {@code catalog} before this resolver's catalogues, so that its
   * templates take precedence at each candidate locale.
   *
   * @param catalog the catalogue to add
   * @return the new resolver
   */
  public MessageResolver with(MessageCatalog catalog) {
    Present.check(catalog, "catalog");
    return new MessageResolver(catalogues.prepend(catalog));
  }

  /**
   * Returns the template for {@code code} in {@code locale}, falling back through the candidate
   * locales to okr4j's English.
   *
   * @param code the message key, such as {@code okr.blank}
   * @param locale the reader's locale
   * @return the template, or none if no catalogue defines the code
   */
  public Option<String> template(String code, Locale locale) {
    Present.check(code, "code");
    for (Locale candidate : candidates(locale)) {
      for (MessageCatalog catalog : catalogues) {
        Option<String> found = catalog.template(code, candidate);
        if (found.isDefined() && found.get() != null) {
          return found;
        }
      }
    }
    return Option.none();
  }

  /**
   * Formats the message for {@code code} in {@code locale}: the first template found that is a valid
   * {@link MessageFormat} pattern, formatted with {@code arguments}; the code itself if there is
   * none.
   *
   * @param code the message key, such as {@code okr.too-long}
   * @param locale the reader's locale
   * @param arguments the values for the template's {@code {0}}, {@code {1}}, ... placeholders; a
   *     text longer than {@link Messages#MAX_ARGUMENT_LENGTH} is cut
   * @return the message
   */
  public String format(String code, Locale locale, Seq<?> arguments) {
    Present.check(code, "code");
    Present.check(arguments, "arguments");
    Object[] values = arguments.map(a -> a instanceof CharSequence text ? Messages.clip(text.toString()) : a).toJavaArray();
    for (Locale candidate : candidates(locale)) {
      for (MessageCatalog catalog : catalogues) {
        Option<String> found = catalog.template(code, candidate);
        if (found.isDefined() && found.get() != null) {
          try {
            return new MessageFormat(found.get(), Locale.ROOT.equals(candidate) ? Locale.ENGLISH : candidate)
                .format(values);
          } catch (IllegalArgumentException malformed) {
            // not a MessageFormat pattern (or an argument it cannot format): try the next template
          }
        }
      }
    }
    return code;
  }

  /**
   * Returns the locales tried for {@code locale}, from the most specific to the root locale.
   *
   * @param locale the reader's locale
   * @return the candidate locales, ending with {@link Locale#ROOT}
   */
  static Seq<Locale> candidates(Locale locale) {
    Present.check(locale, "locale");
    return List.ofAll(CONTROL.getCandidateLocales("", locale));
  }

  private static MessageResolver discover(ServiceLoader<MessageCatalog> loader) {
    List<MessageCatalog> found = List.empty();
    Iterator<MessageCatalog> providers = loader.iterator();
    for (int i = 0; i < MAX_PROVIDERS; i++) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found = found.append(providers.next());
      } catch (ServiceConfigurationError broken) {
        // a provider that cannot be loaded or instantiated is skipped: messages must not fail
      }
    }
    return new MessageResolver(found.append(BuiltInCatalog.INSTANCE));
  }

  /** Holds the default resolver, looked up on first use. */
  private static final class Defaults {
    static final MessageResolver INSTANCE = discover(ServiceLoader.load(MessageCatalog.class));
  }
}
