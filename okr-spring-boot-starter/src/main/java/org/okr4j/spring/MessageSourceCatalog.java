package org.okr4j.spring;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.okr4j.validation.MessageCatalog;
import org.springframework.context.MessageSource;

/**
 * okr4j's bridge to Spring's {@link MessageSource}: an application's {@code messages_de.properties}
 * with okr4j codes as keys ({@code okr.blank=darf nicht leer sein}) translates okr4j's messages,
 * ahead of okr4j's own catalogues.
 *
 * <p>Spring answers for a locale with its own fallback (to the language, to the system locale, to
 * the base {@code messages.properties}). So that an application's base file rewords okr4j's English
 * without hiding okr4j's Chinese, an answer equal to the base file's answer counts only for the root
 * locale: for {@code zh-CN} okr4j's Simplified Chinese wins over a base {@code messages.properties},
 * and a {@code messages_zh_CN.properties} of the application wins over okr4j's. Templates are
 * {@link java.text.MessageFormat} patterns, as Spring's own messages with arguments are. A message
 * equal to its code (Spring's {@code use-code-as-default-message}) counts as none. Thread-safe if
 * the message source is.
 */
public final class MessageSourceCatalog implements MessageCatalog {

  private final MessageSource source;

  /**
   * Creates the bridge.
   *
   * @param source the application's message source
   */
  public MessageSourceCatalog(MessageSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public Option<String> template(String code, Locale locale) {
    String found = lookUp(code, locale);
    if (found == null || (!Locale.ROOT.equals(locale) && found.equals(lookUp(code, Locale.ROOT)))) {
      return Option.none();
    }
    return Option.some(found);
  }

  private @org.jspecify.annotations.Nullable String lookUp(String code, Locale locale) {
    String found = source.getMessage(code, null, null, locale);
    return found == null || found.equals(code) ? null : found;
  }
}
