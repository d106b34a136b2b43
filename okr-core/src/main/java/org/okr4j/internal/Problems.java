package org.okr4j.internal;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * A mutable collector of {@link OkrError}s used inside one validating call; it turns the checks of
 * a factory into {@code Validation<Seq<OkrError>, T>} with every problem at once. Not thread-safe;
 * never shared.
 */
public final class Problems {

  /** The longest title, name or description accepted, in UTF-16 code units. */
  public static final int MAX_TEXT = 10_000;

  private final ArrayList<OkrError> errors = new ArrayList<>();

  /** Creates an empty collector. */
  public Problems() {}

  /**
   * Returns {@code value}, or throws an {@link org.okr4j.validation.OkrException} with
   * {@code okr.required} at {@code /name} if it is {@code null}: the check of every throwing entry
   * point, so that a missing argument is never a {@link NullPointerException}.
   *
   * @param <T> the argument's type
   * @param value the argument
   * @param name the parameter's name, the error's path
   * @return {@code value}
   */
  public static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new org.okr4j.validation.OkrException(List.of(new OkrError.Required(OkrPath.of(name))));
    }
    return value;
  }

  /**
   * Records an error.
   *
   * @param error the error
   * @return this collector
   */
  public Problems add(OkrError error) {
    errors.add(error);
    return this;
  }

  /**
   * Records errors found in a nested value, re-rooted under {@code prefix}. A {@code null} element
   * (from a caller's own validation) is recorded as {@code okr.required} at {@code prefix}.
   *
   * @param nested the nested errors
   * @param prefix the nested value's path
   * @return this collector
   */
  public Problems addAll(Seq<OkrError> nested, OkrPath prefix) {
    for (OkrError e : nested) {
      errors.add(e == null ? new OkrError.Required(prefix) : e.under(prefix));
    }
    return this;
  }

  /**
   * Takes the value of a nested validation, recording its errors under {@code prefix}.
   *
   * @param <T> the nested value type
   * @param nested the nested validation
   * @param prefix the nested value's path
   * @return the value, or {@code null} if it was invalid (or valid but {@code null}, recorded as
   *     {@code okr.required})
   */
  public <T> @Nullable T take(Validation<Seq<OkrError>, T> nested, OkrPath prefix) {
    if (nested.isValid() && nested.get() != null) {
      return nested.get();
    }
    if (nested.isValid()) {
      errors.add(new OkrError.Required(prefix));
      return null;
    }
    // an invalid result without errors (a caller's own) still leaves the value missing
    addAll(nested.getError().isEmpty() ? List.of(new OkrError.Required(OkrPath.root())) : nested.getError(), prefix);
    return null;
  }

  /**
   * Tells whether no error was recorded.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /**
   * Returns the errors recorded so far.
   *
   * @return the errors in the order found
   */
  public Seq<OkrError> errors() {
    return errors.isEmpty() ? List.empty() : List.ofAll(errors);
  }

  /**
   * Builds the value if no error was recorded.
   *
   * @param <T> the value type
   * @param build builds the value; called only when every check passed
   * @return the value, or every error
   */
  public <T> Validation<Seq<OkrError>, T> result(Supplier<T> build) {
    return errors.isEmpty() ? Validation.valid(build.get()) : Validation.invalid(List.ofAll(errors));
  }

  /**
   * Checks that a reference is present.
   *
   * @param value the value
   * @param path its path
   * @return {@code true} if present
   */
  public boolean present(@Nullable Object value, OkrPath path) {
    if (value == null) {
      errors.add(new OkrError.Required(path));
      return false;
    }
    return true;
  }

  /**
   * Checks a text that must be present, not blank and at most {@link #MAX_TEXT} long.
   *
   * @param value the text
   * @param path its path
   * @return the text, or {@code null} if invalid
   */
  public @Nullable String text(@Nullable String value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (value.isBlank()) {
      errors.add(new OkrError.Blank(path));
      return null;
    }
    return optionalText(value, path);
  }

  /**
   * Checks a text that may be empty but must be present and at most {@link #MAX_TEXT} long.
   *
   * @param value the text
   * @param path its path
   * @return the text, or {@code null} if invalid
   */
  public @Nullable String optionalText(@Nullable String value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      errors.add(new OkrError.TooLong(path, MAX_TEXT, value.length()));
      return null;
    }
    return value;
  }

  /**
   * Checks a number that must be present and inside okr4j's number domain: fewer than 30 digits
   * before the decimal point and at most 30 after it. The bound keeps every computation exact and
   * cheap; it is far beyond any real key result.
   *
   * @param value the number
   * @param path its path
   * @return the number as a {@code BigDecimal} of its own ({@link Numbers#plain}), or {@code null}
   *     if invalid
   */
  public @Nullable BigDecimal number(@Nullable BigDecimal value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (!Numbers.inDomain(value)) {
      errors.add(new OkrError.OutOfRange(path, Numbers.show(value), Numbers.DOMAIN));
      return null;
    }
    return Numbers.plain(value);
  }

  /**
   * Checks a number okr4j computed or takes as computed (a progress): present and inside the
   * computed domain, |x| &lt; 10¹⁰⁰⁰ with at most 1,000 decimals.
   *
   * @param value the number
   * @param path its path
   * @return the number as a {@code BigDecimal} of its own ({@link Numbers#plain}), or {@code null}
   *     if invalid
   */
  public @Nullable BigDecimal computed(@Nullable BigDecimal value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (!Numbers.inComputedDomain(value)) {
      errors.add(new OkrError.OutOfRange(path, Numbers.show(value), Numbers.COMPUTED_DOMAIN));
      return null;
    }
    return Numbers.plain(value);
  }

  /**
   * Checks a date that must be present and inside the date domain ({@link Dates}).
   *
   * @param value the date
   * @param path its path
   * @return the date, or {@code null} if invalid
   */
  public @Nullable LocalDate date(@Nullable LocalDate value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (!Dates.inDomain(value)) {
      errors.add(new OkrError.OutOfRange(path, value.toString(), Dates.DATE_RANGE));
      return null;
    }
    return value;
  }

  /**
   * Checks an instant that must be present and inside the instant domain ({@link Dates}).
   *
   * @param value the instant
   * @param path its path
   * @return the instant, or {@code null} if invalid
   */
  public @Nullable Instant instant(@Nullable Instant value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (!Dates.inDomain(value)) {
      errors.add(new OkrError.OutOfRange(path, value.toString(), Dates.INSTANT_RANGE));
      return null;
    }
    return value;
  }

  /**
   * Checks a number that must be present, inside the number domain and not negative.
   *
   * @param value the number
   * @param path its path
   * @return the number, or {@code null} if invalid
   */
  public @Nullable BigDecimal nonNegative(@Nullable BigDecimal value, OkrPath path) {
    BigDecimal checked = number(value, path);
    if (checked == null) {
      return null;
    }
    if (checked.signum() < 0) {
      errors.add(new OkrError.OutOfRange(path, Numbers.show(checked), "≥ 0"));
      return null;
    }
    return checked;
  }

  /**
   * Checks a number that must be present, inside the number domain and positive.
   *
   * @param value the number
   * @param path its path
   * @return the number, or {@code null} if invalid
   */
  public @Nullable BigDecimal positive(@Nullable BigDecimal value, OkrPath path) {
    BigDecimal checked = number(value, path);
    if (checked == null) {
      return null;
    }
    if (checked.signum() <= 0) {
      errors.add(new OkrError.OutOfRange(path, Numbers.show(checked), "> 0"));
      return null;
    }
    return checked;
  }

  /**
   * Parses a decimal number written as text, such as {@code "0.7"}.
   *
   * @param text the text
   * @param path its path
   * @param maxLength the longest text accepted, so that parsing stays cheap
   * @return the number, or {@code null} if the text is missing, too long or not a number
   */
  public @Nullable BigDecimal decimal(@Nullable String text, OkrPath path, int maxLength) {
    if (!present(text, path)) {
      return null;
    }
    if (text.length() > maxLength) {
      errors.add(new OkrError.OutOfRange(path, text.length() + " characters long", "at most " + maxLength + " characters"));
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.add(new OkrError.Malformed(path, OkrError.Format.DECIMAL, text));
      return null;
    }
  }

  /**
   * Checks an identifier: 1 to 64 of {@code A-Z a-z 0-9 . _ ~ : -}, starting with a letter or
   * digit. Identifiers are URL- and JSON-Pointer-safe.
   *
   * @param value the text
   * @param path its path
   * @return the identifier, or {@code null} if invalid
   */
  public @Nullable String id(@Nullable String value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (!isId(value)) {
      errors.add(new OkrError.Malformed(path, OkrError.Format.ID, value));
      return null;
    }
    return value;
  }

  /**
   * Checks a lower-case name token: a letter, then letters, digits or {@code -}; at most 64 long.
   *
   * @param value the text
   * @param path its path
   * @return the name, or {@code null} if invalid
   */
  public @Nullable String name(@Nullable String value, OkrPath path) {
    if (!present(value, path)) {
      return null;
    }
    if (!isName(value)) {
      errors.add(new OkrError.Malformed(path, OkrError.Format.NAME, value));
      return null;
    }
    return value;
  }

  /**
   * Returns a single error as the error of an {@code Either}, or the built value.
   *
   * @param <T> the value type
   * @param build builds the value when no error was recorded
   * @return the first error, or the value
   */
  public <T> io.vavr.control.Either<OkrError, T> either(Supplier<T> build) {
    return errors.isEmpty() ? io.vavr.control.Either.right(build.get())
        : io.vavr.control.Either.left(errors.get(0));
  }

  static boolean isId(String s) {
    int n = s.length();
    if (n == 0 || n > 64 || !isAlnum(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '_' && c != '~' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  static boolean isName(String s) {
    int n = s.length();
    if (n == 0 || n > 64 || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
