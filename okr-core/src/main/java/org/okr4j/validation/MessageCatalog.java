package org.okr4j.validation;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Message templates for okr4j's codes in one or more locales: how a host adds a language to every
 * okr4j message (errors, lint findings and their fixes) or rewords okr4j's own, without any
 * framework.
 *
 * <p>A template is a {@link java.text.MessageFormat} pattern whose key is the stable code
 * ({@code okr.blank}, {@code okr.lint.stale-key-result}, {@code okr.lint.stale-key-result.fix}...),
 * with the same {@code {0}}, {@code {1}}, ... placeholders as okr4j's English catalogue
 * ({@code org/okr4j/validation/messages.properties} in okr-core's jar) and a literal apostrophe
 * written twice ({@code ''}). A {@link MessageResolver} asks its catalogues for the reader's locale
 * and then for each more general one ({@code de-CH}, then {@code de}, then the root locale), so a
 * catalogue answers only for the locales it defines itself:
 *
 * <pre>{@code
 * // A German catalogue, found by ServiceLoader: list the class in
 * // META-INF/services/org.okr4j.validation.MessageCatalog (class path) or
 * // "provides org.okr4j.validation.MessageCatalog with com.example.GermanOkrMessages" (module path).
 * public final class GermanOkrMessages implements MessageCatalog {
 *   private final MessageCatalog german =
 *       MessageCatalog.read(Locale.GERMAN, GermanOkrMessages.class.getResourceAsStream("okr4j_de.properties"));
 *
 *   public Option<String> template(String code, Locale locale) {
 *     return german.template(code, locale);
 *   }
 * }
 *
 * // okr.blank=darf nicht leer sein       (okr4j_de.properties, UTF-8)
 * new OkrError.Blank(OkrPath.of("title")).message(Locale.GERMANY);   // "darf nicht leer sein"
 * }</pre>
 *
 * <p>{@link MessageResolver#defaults()} consults the catalogues that {@link java.util.ServiceLoader}
 * finds before okr4j's own (English, Simplified Chinese, Traditional Chinese); a catalogue can also
 * be passed explicitly with {@link MessageResolver#with(MessageCatalog)}. Implementations must be
 * thread-safe; they are asked often, so they should answer from memory.
 */
public interface MessageCatalog {

  /**
   * Returns the template for {@code code} that this catalogue defines for exactly {@code locale},
   * without falling back to another locale (the resolver does that).
   *
   * @param code the message key, such as {@code okr.blank}
   * @param locale one of the candidate locales of the reader's locale, such as {@code de_CH},
   *     {@code de} or the root locale {@link Locale#ROOT}
   * @return the template, or none if this catalogue has none for that code and locale
   */
  Option<String> template(String code, Locale locale);

  /**
   * Returns a catalogue of {@code templates} for exactly {@code locale}.
   *
   * @param locale the locale the templates are written for, such as {@link Locale#GERMAN}
   * @param templates the templates by code
   * @return the catalogue, immutable
   */
  static MessageCatalog of(Locale locale, Map<String, String> templates) {
    return new LocaleCatalog(Present.check(locale, "locale"), Present.check(templates, "templates"));
  }

  /**
   * Reads a catalogue for exactly {@code locale} from a {@code .properties} stream in UTF-8 (keys
   * are the codes), and closes the stream.
   *
   * @param locale the locale the templates are written for
   * @param properties the properties text, UTF-8, such as
   *     {@code MyCatalog.class.getResourceAsStream("okr4j_de.properties")}
   * @return the catalogue, immutable
   * @throws OkrException with {@code okr.required} at {@code /properties} if the stream is
   *     {@code null} (a missing resource)
   * @throws UncheckedIOException if the stream cannot be read
   */
  static MessageCatalog read(Locale locale, @Nullable InputStream properties) {
    Present.check(locale, "locale");
    try (InputStream in = Present.check(properties, "properties"); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties loaded = new Properties();
      loaded.load(reader);
      Map<String, String> templates = HashMap.empty();
      for (String key : loaded.stringPropertyNames()) {
        templates = templates.put(key, loaded.getProperty(key));
      }
      return new LocaleCatalog(locale, templates);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
