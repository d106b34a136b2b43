package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Currency;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The unit of a measured value: {@link #NUMBER}, {@link #PERCENT} (values written in percent, so
 * {@code 12.5} is 12.5 %), {@link #PERCENTAGE_POINTS}, {@link #COUNT}, a currency such as
 * {@code Unit.currency("CNY")}, or a custom label such as {@code Unit.custom("articles")}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit {

  /** A plain number. */
  public static final Unit NUMBER = ImmutableUnit.of(UnitKind.NUMBER, Option.none());
  /** Percent: values are written in percent. */
  public static final Unit PERCENT = ImmutableUnit.of(UnitKind.PERCENT, Option.none());
  /** Percentage points. */
  public static final Unit PERCENTAGE_POINTS = ImmutableUnit.of(UnitKind.PERCENTAGE_POINTS, Option.none());
  /** A count of things. */
  public static final Unit COUNT = ImmutableUnit.of(UnitKind.COUNT, Option.none());

  /** The longest custom label accepted. */
  public static final int MAX_LABEL_LENGTH = 64;

  Unit() {}

  /**
   * Returns the kind of unit.
   *
   * @return the kind
   */
  public abstract UnitKind kind();

  /**
   * Returns the ISO 4217 code of a currency unit or the label of a custom unit.
   *
   * @return the code or label; empty for the other kinds
   */
  public abstract Option<String> label();

  /**
   * Validates a currency unit.
   *
   * @param code an ISO 4217 code known to the JDK, such as {@code EUR}; may be {@code null}
   * @return the unit, or an {@code okr.required} or {@code okr.malformed.currency} error at {@code /code}
   */
  public static Validation<Seq<OkrError>, Unit> validateCurrency(@Nullable String code) {
    Problems problems = new Problems();
    OkrPath path = OkrPath.of("code");
    if (problems.present(code, path) && !isCurrency(code)) {
      problems.add(new OkrError.Malformed(path, OkrError.Format.CURRENCY, code));
    }
    return problems.result(() -> ImmutableUnit.of(UnitKind.CURRENCY, Option.of(code)));
  }

  /**
   * Returns a currency unit.
   *
   * @param code an ISO 4217 code, such as {@code CNY}
   * @return the unit
   * @throws OkrException if the code is not a known currency
   */
  public static Unit currency(String code) {
    return OkrException.getOrThrow(validateCurrency(code));
  }

  /**
   * Validates a custom unit.
   *
   * @param label a non-blank label up to 64 characters; may be {@code null}
   * @return the unit, or every problem at {@code /label}
   */
  public static Validation<Seq<OkrError>, Unit> validateCustom(@Nullable String label) {
    Problems problems = new Problems();
    OkrPath path = OkrPath.of("label");
    String checked = problems.text(label, path);
    if (checked != null && checked.length() > MAX_LABEL_LENGTH) {
      problems.add(new OkrError.TooLong(path, MAX_LABEL_LENGTH, checked.length()));
    }
    return problems.result(() -> ImmutableUnit.of(UnitKind.CUSTOM, Option.of(checked)));
  }

  /**
   * Returns a custom unit.
   *
   * @param label the label, such as {@code articles}
   * @return the unit
   * @throws OkrException if the label is blank or too long
   */
  public static Unit custom(String label) {
    return OkrException.getOrThrow(validateCustom(label));
  }

  private static boolean isCurrency(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (Currency c : Currency.getAvailableCurrencies()) {
      if (c.getCurrencyCode().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the kind in lower case, with the code or label after a colon where there is one. */
  @Override
  public String toString() {
    String k = kind().name().toLowerCase(java.util.Locale.ROOT);
    return label().map(l -> k + ":" + l).getOrElse(k);
  }
}
