package org.okr4j.scoring;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.okr4j.model.Period;
import org.okr4j.validation.MessageResolver;

/**
 * The words of explanations in one locale: each line's text is a template of the message
 * catalogues, keyed {@code okr.explain.*}, so a host localizes explanations with the same
 * {@link org.okr4j.validation.MessageCatalog} it uses for errors and lint findings. Arguments are
 * passed as text (numbers already shown with {@link Fmt#num}), so a locale never changes how a
 * number reads, and they are never cut. Formulas made of numbers and symbols are not localized.
 * Templates are looked up once per key. Thread-safe.
 */
final class ExplanationTexts {

  /** okr4j's English, the default rendering. */
  static final ExplanationTexts ENGLISH = new ExplanationTexts(MessageResolver.builtIn(), Locale.ROOT);

  private static final String PREFIX = "okr.explain.";

  private final MessageResolver messages;
  private final Locale locale;
  // the template found for each key; the code itself when no catalogue has one
  private final ConcurrentHashMap<String, String> templates = new ConcurrentHashMap<>();

  /**
   * Creates the texts of a locale.
   *
   * @param messages where the templates come from
   * @param locale the reader's locale
   */
  ExplanationTexts(MessageResolver messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /**
   * Returns the text for {@code key} (without the {@code okr.explain.} prefix) with its arguments:
   * the reader's locale's template, else okr4j's English; the key itself if neither exists. A
   * template that is not a valid {@link MessageFormat} pattern falls back to okr4j's English.
   */
  String t(String key, Object... args) {
    String template = templates.computeIfAbsent(key, k -> messages.template(PREFIX + k, locale).getOrElse(""));
    if (!template.isEmpty()) {
      try {
        return format(template, Locale.ROOT.equals(locale) ? Locale.ENGLISH : locale, args);
      } catch (IllegalArgumentException malformed) {
        // a host template that is not a MessageFormat pattern: fall back to okr4j's English
      }
    }
    String english = MessageResolver.builtIn().template(PREFIX + key, Locale.ROOT).getOrNull();
    return english == null ? PREFIX + key : format(english, Locale.ENGLISH, args);
  }

  /**
   * Formats a template as {@link MessageFormat} does. A template without quotes whose placeholders
   * are all plain ({@code {0}} to {@code {9}}, given an argument that is not a number or a date) is
   * filled in directly, which gives the same text without parsing a format per line.
   */
  static String format(String template, Locale locale, Object... args) {
    if (template.indexOf('\'') < 0) {
      StringBuilder sb = new StringBuilder(template.length() + 16);
      int i = 0;
      int n = template.length();
      boolean plain = true;
      while (i < n) {
        char c = template.charAt(i);
        if (c != '{') {
          sb.append(c);
          i++;
          continue;
        }
        int index = i + 2 < n && template.charAt(i + 2) == '}' ? template.charAt(i + 1) - '0' : -1;
        if (index < 0 || index > 9 || index >= args.length || args[index] instanceof Number
            || args[index] instanceof java.util.Date) {
          plain = false;
          break;
        }
        sb.append(args[index]);
        i += 3;
      }
      if (plain) {
        return sb.toString();
      }
    }
    return new MessageFormat(template, locale).format(args);
  }

  /** The name of a period in running text, such as {@code week}. */
  String period(Period period) {
    return t("period." + period.name().toLowerCase(Locale.ROOT));
  }
}
