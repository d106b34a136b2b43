package org.okr4j.scoring;

import java.text.MessageFormat;
import java.util.Locale;
import org.okr4j.model.Period;
import org.okr4j.validation.MessageResolver;

/**
 * The words of explanations in one locale: each line's text is a template of the message
 * catalogues, keyed {@code okr.explain.*}, so a host localizes explanations with the same
 * {@link org.okr4j.validation.MessageCatalog} it uses for errors and lint findings. Arguments are
 * passed as text (numbers already shown with {@link Fmt#num}), so a locale never changes how a
 * number reads, and they are never cut. Formulas made of numbers and symbols are not localized.
 * Immutable and thread-safe.
 *
 * @param messages where the templates come from
 * @param locale the reader's locale
 */
record ExplanationTexts(MessageResolver messages, Locale locale) {

  /** okr4j's English, the default rendering. */
  static final ExplanationTexts ENGLISH = new ExplanationTexts(MessageResolver.builtIn(), Locale.ROOT);

  private static final String PREFIX = "okr.explain.";

  /**
   * Returns the text for {@code key} (without the {@code okr.explain.} prefix) with its arguments:
   * the reader's locale's template, else okr4j's English; the key itself if neither exists.
   */
  String t(String key, Object... args) {
    String code = PREFIX + key;
    String template = messages.template(code, locale).getOrNull();
    if (template != null) {
      try {
        return new MessageFormat(template, Locale.ROOT.equals(locale) ? Locale.ENGLISH : locale).format(args);
      } catch (IllegalArgumentException malformed) {
        // a host template that is not a MessageFormat pattern: fall back to okr4j's English
      }
    }
    String english = MessageResolver.builtIn().template(code, Locale.ROOT).getOrNull();
    return english == null ? code : new MessageFormat(english, Locale.ENGLISH).format(args);
  }

  /** The name of a period in running text, such as {@code week}. */
  String period(Period period) {
    return t("period." + period.name().toLowerCase(Locale.ROOT));
  }
}
