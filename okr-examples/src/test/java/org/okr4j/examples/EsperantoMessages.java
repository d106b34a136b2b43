package org.okr4j.examples;

import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.okr4j.validation.MessageCatalog;

/**
 * A host's catalogue found by {@code ServiceLoader} (listed in this test class path's
 * {@code META-INF/services/org.okr4j.validation.MessageCatalog}): Esperanto for two codes.
 */
public final class EsperantoMessages implements MessageCatalog {

  private final MessageCatalog esperanto = MessageCatalog.read(Locale.forLanguageTag("eo"), new ByteArrayInputStream(
      ("okr.blank=ne rajtas esti malplena\n"
          + "okr.lint.too-few-key-results.fix=Aldonu mezureblajn ŝlosilajn rezultojn ĝis estas almenaŭ {1}\n")
          .getBytes(StandardCharsets.UTF_8)));

  /** Created by {@code ServiceLoader}. */
  public EsperantoMessages() {}

  @Override
  public Option<String> template(String code, Locale locale) {
    return esperanto.template(code, locale);
  }
}
