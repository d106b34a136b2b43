package org.okr4j.wire;

import static org.okr4j.wire.Token.DECIMAL;
import static org.okr4j.wire.Token.INTEGER;
import static org.okr4j.wire.Token.STRING;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.JsonError.JsonType;
import org.okr4j.validation.JsonError.TextFormat;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The scalars of {@code okr4j/1} ({@code docs/wire-format.md}, "Scalars"): strings, booleans,
 * decimals, integers, dates, instants, zones and enumerated tokens, each read from the current token
 * and reported with its code and pointer when it is not one. Every reader returns {@code null} after
 * reporting a problem.
 */
abstract class Scalars extends Problems {

  /** JSON's number grammar (RFC 8259), for decimals given as strings and numbers' text. */
  private static final Pattern DECIMAL_SYNTAX = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** Scales below this are out of okr4j's number domain, which the core's check would overflow on. */
  private static final int MIN_SCALE = -1000;

  /** The longest text of a decimal accepted; any number in okr4j's domain is far shorter. */
  static final int MAX_DECIMAL_LENGTH = 100;

  /** The longest date, instant or zone text accepted. */
  static final int MAX_TEMPORAL_LENGTH = 64;

  /** The core's number domain in words. */
  private static final String NUMBER_DOMAIN = "|x| < 1E+30 with at most 30 decimals";

  Scalars(TokenSource src, Settings settings) {
    super(src, settings);
  }

  final @Nullable String string() throws IOException {
    return src.current() == STRING ? src.text() : wrong(JsonType.STRING);
  }

  final @Nullable Boolean bool() throws IOException {
    Token t = src.current();
    if (t == Token.TRUE || t == Token.FALSE) {
      return t == Token.TRUE;
    }
    return wrong(JsonType.BOOLEAN);
  }

  final @Nullable BigDecimal decimal() throws IOException {
    Token t = src.current();
    if (t != INTEGER && t != DECIMAL && t != STRING) {
      return wrong(JsonType.NUMBER);
    }
    int length = src.textLength();
    if (length > MAX_DECIMAL_LENGTH) {
      report(new OkrError.OutOfRange(here(), length + " characters long",
          "at most " + MAX_DECIMAL_LENGTH + " characters and " + NUMBER_DOMAIN));
      return null;
    }
    if (t != STRING && !src.isNaN()) {
      // The common case, parsed from the source's own buffer without a String of it: the same
      // value and the same checks as below (BigDecimal's String constructor reads these characters).
      BigDecimal value = parse(src.textCharacters(), src.textOffset(), length);
      if (value != null && value.scale() >= MIN_SCALE) {
        return value;
      }
    }
    String text = src.text();
    // A JSON number token already has number syntax (a host's leniency features may add a sign or
    // drop a digit, which BigDecimal accepts); NaN and infinities do not.
    if ((t == STRING || src.isNaN()) && !DECIMAL_SYNTAX.matcher(text).matches()) {
      report(new JsonError.MalformedText(here(), TextFormat.DECIMAL, JsonError.quote(text)));
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      value = null;
    }
    if (value == null || value.scale() < MIN_SCALE) {
      report(new OkrError.OutOfRange(here(), text, NUMBER_DOMAIN));
      return null;
    }
    return value;
  }

  private static @Nullable BigDecimal parse(char[] chars, int offset, int length) {
    try {
      return new BigDecimal(chars, offset, length);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Reads an integer that fits an {@code int} (a number without fraction, or a string of digits);
   * a longer number is out of {@code allowed}.
   */
  final @Nullable Integer integer(String allowed) throws IOException {
    Token t = src.current();
    if (t != INTEGER && t != STRING) {
      return wrong(JsonType.INTEGER);
    }
    String text = src.textLength() > 10 ? "" : src.text();
    if (isSmallInteger(text)) {
      return Integer.valueOf(text);
    }
    if (t == INTEGER) {
      report(new OkrError.OutOfRange(here(), JsonError.shorten(src.text()), allowed));
    } else {
      report(new JsonError.MalformedText(here(), TextFormat.INTEGER, JsonError.quote(src.text())));
    }
    return null;
  }

  /** Whether {@code text} is an optional minus and 1 to 9 digits: an integer that fits an {@code int}. */
  static boolean isSmallInteger(String text) {
    int from = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int digits = text.length() - from;
    if (digits < 1 || digits > 9) {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  final @Nullable LocalDate date() throws IOException {
    return temporal(LocalDate::parse, TextFormat.DATE);
  }

  final @Nullable Instant instant() throws IOException {
    if (src.current() == STRING) {
      // The writer's form, parsed from the source's own buffer without a String of it; anything
      // else (or a problem) takes the general path below, which gives the same value.
      int length = src.textLength();
      Instant common = length < 20 || length > 30 ? null : IsoInstants.parse(src.textCharacters(), src.textOffset(), length);
      if (common != null) {
        return common;
      }
    }
    return temporal(IsoInstants::parseAny, TextFormat.INSTANT);
  }

  final @Nullable ZoneId zone() throws IOException {
    return temporal(ZoneId::of, TextFormat.ZONE);
  }

  /**
   * Reads a string of at most {@link #MAX_TEMPORAL_LENGTH} characters through {@code parse}; anything
   * else is {@code okr.json.malformed.<format>}.
   */
  private <V> @Nullable V temporal(Function<String, V> parse, TextFormat format) throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      if (text.length() <= MAX_TEMPORAL_LENGTH) {
        return parse.apply(text);
      }
    } catch (DateTimeException e) {
      // reported below
    }
    report(new JsonError.MalformedText(here(), format, JsonError.quote(text)));
    return null;
  }

  /** Reads an enumerated token from its allow-list. */
  final <E> @Nullable E token(Map<String, E> allowed) throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    E value = allowed.get(text);
    if (value == null) {
      report(new JsonError.UnknownValue(here(), JsonError.quote(text), io.vavr.collection.List.ofAll(allowed.keySet())));
    }
    return value;
  }

  /** Reports {@code okr.duplicate-id} for each repeated element of an array that is a set, at {@code arrayAt}. */
  final void unique(List<? extends @Nullable Object> values, OkrPath arrayAt) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v != null && !seen.add(v)) {
        add(new OkrError.DuplicateId(arrayAt.index(i), v.toString()));
      }
    }
  }
}
