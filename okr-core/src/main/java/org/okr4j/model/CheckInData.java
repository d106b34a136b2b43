package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * What a check-in observed, in the form its key result's metric accepts:
 * <ul>
 *   <li>{@link Measurement}: the current value, for linear, threshold and range metrics;</li>
 *   <li>{@link Completion}: done or not, for a binary metric;</li>
 *   <li>{@link MilestonesDone}: the milestones done so far, for a milestone metric;</li>
 *   <li>{@link PeriodValue}: one period's total so far, for a recurring metric;</li>
 *   <li>{@link ItemValues}: numerator and denominator per item, for an aggregate metric;</li>
 *   <li>{@link ZoneReached}: the zone reached, for an ordinal metric.</li>
 * </ul>
 * The records are plain carriers: they check nothing and only keep a number given as a
 * {@code BigDecimal} subclass instance as a plain copy. Missing parts, numbers and dates are checked
 * when the check-in is validated against its key result ({@link CheckIn#validate},
 * {@link KeyResult.Builder#build()}), which reports errors with paths.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CheckInData
    permits CheckInData.Measurement, CheckInData.Completion, CheckInData.MilestonesDone,
        CheckInData.PeriodValue, CheckInData.ItemValues,
        CheckInData.ZoneReached {

  /**
   * Returns the wire name of this kind of data: {@code measurement}, {@code completion},
   * {@code milestones}, {@code period}, {@code items} or {@code zone}.
   *
   * @return the kind
   */
  String kind();

  /**
   * The current value of the measured quantity.
   *
   * @param value the value, in the metric's unit
   */
  record Measurement(BigDecimal value) implements CheckInData {

    /** The longest text {@link #parse(String)} reads: {@value} characters. */
    public static final int MAX_TEXT_LENGTH = 100;

    /**
     * Keeps a plain {@link BigDecimal}: an instance of a subclass is copied.
     *
     * @param value the value
     */
    public Measurement {
      value = Numbers.plainIfPresent(value);
    }

    /**
     * Returns a measurement of a whole number, such as {@code Measurement.of(2400)} for 2400 leads;
     * an {@code int} widens to it. Every {@code long} lies inside okr4j's number domain, so this
     * never fails.
     *
     * @param value the value, in the metric's unit
     * @return the measurement
     */
    public static Measurement of(long value) {
      return new Measurement(BigDecimal.valueOf(value));
    }

    /**
     * Reads a measurement written as a decimal number, such as {@code "8.5"}, {@code "-3"} or
     * {@code "1.2E+3"} (the syntax of {@link BigDecimal#BigDecimal(String)}: no spaces, no
     * thousands separators, a point for the decimal mark), as a form or a file gives it.
     *
     * <pre>{@code
     * Measurement.parse("8.5");  // Right(Measurement[value=8.5])
     * Measurement.parse("8,5");  // Left(okr.malformed.decimal at /value: is not a decimal number: "8,5")
     * }</pre>
     *
     * @param text the number as text, may be {@code null}
     * @return the measurement, or the one problem at {@code /value}: {@code okr.required} for
     *     {@code null}, {@code okr.out-of-range} for a text longer than {@value #MAX_TEXT_LENGTH}
     *     characters or a number outside okr4j's number domain (|x| &lt; 1E+30 with at most 30
     *     decimals), {@code okr.malformed.decimal} for anything else that is not a number
     */
    public static Either<OkrError, Measurement> parse(@Nullable String text) {
      Problems problems = new Problems();
      BigDecimal number = read(text, problems, OkrPath.of("value"));
      return problems.either(() -> new Measurement(number));
    }

    /** Parses {@code text} into a number of the domain, or records its one problem at {@code path}. */
    static @Nullable BigDecimal read(@Nullable String text, Problems problems, OkrPath path) {
      BigDecimal number = problems.decimal(text, path, MAX_TEXT_LENGTH);
      return number == null ? null : problems.number(number, path);
    }

    @Override
    public String kind() {
      return "measurement";
    }
  }

  /**
   * Whether a binary key result is done.
   *
   * @param done {@code true} once achieved
   */
  record Completion(boolean done) implements CheckInData {
    @Override
    public String kind() {
      return "completion";
    }
  }

  /**
   * The milestones done as of the check-in (the full set, not the newly done ones).
   *
   * @param done the ids of the milestones done
   */
  record MilestonesDone(SortedSet<String> done) implements CheckInData {
    @Override
    public String kind() {
      return "milestones";
    }
  }

  /**
   * The total of one period of a recurring metric so far; a later check-in for the same period
   * replaces an earlier one.
   *
   * @param period any date inside the period
   * @param value the period's total, in the metric's unit
   */
  record PeriodValue(LocalDate period, BigDecimal value) implements CheckInData {
    /**
     * Keeps a plain {@link BigDecimal}: an instance of a subclass is copied.
     *
     * @param period the period
     * @param value the value
     */
    public PeriodValue {
      value = Numbers.plainIfPresent(value);
    }

    @Override
    public String kind() {
      return "period";
    }
  }

  /**
   * Items of an aggregate metric, such as articles with their interactions and views; a later
   * check-in's item replaces an earlier item with the same key.
   *
   * @param items the items observed
   */
  record ItemValues(Seq<Item> items) implements CheckInData {
    @Override
    public String kind() {
      return "items";
    }
  }

  /**
   * The zone an {@link OrdinalMetric} key result has reached, such as COMMIT (Puzzle OKR's
   * {@code CheckInOrdinal}).
   *
   * @param zone the zone
   */
  record ZoneReached(Zone zone) implements CheckInData {
    @Override
    public String kind() {
      return "zone";
    }
  }

  /**
   * One item of an aggregate metric: its rate is {@code numerator / denominator}.
   *
   * @param key the item's key, such as an article id
   * @param numerator the numerator, such as interactions
   * @param denominator the denominator, such as views; positive
   */
  record Item(String key, BigDecimal numerator, BigDecimal denominator) {
    /**
     * Keeps plain {@link BigDecimal}s: an instance of a subclass is copied.
     *
     * @param key the key
     * @param numerator the numerator
     * @param denominator the denominator
     */
    public Item {
      numerator = Numbers.plainIfPresent(numerator);
      denominator = Numbers.plainIfPresent(denominator);
    }
  }

}
