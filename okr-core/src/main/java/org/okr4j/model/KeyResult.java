package org.okr4j.model;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Invariants;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A measurable result that shows progress toward an objective: an id, a title, an optional owner
 * (the objective's owner when absent), a weight in its objective's roll-up, an optional due date
 * (the cycle's end when absent), a {@link Metric} and its append-only check-in history.
 *
 * <pre>{@code
 * KeyResult leads = KeyResult.builder()
 *     .id("kr-leads")
 *     .title("3000 leads from online ads")
 *     .metric(LinearMetric.count(3000))
 *     .buildOrThrow();
 * }</pre>
 *
 * <p>Build with {@link #builder()}: {@link Builder#build()} returns every problem at once. Check-ins
 * are kept in {@link CheckIn#ORDER}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class KeyResult {

  private static final OkrPath CHECK_INS = OkrPath.of("checkIns");
  private static final OkrPath ID = OkrPath.of("id");
  private static final OkrPath TITLE = OkrPath.of("title");
  private static final OkrPath WEIGHT = OkrPath.of("weight");
  private static final OkrPath DUE_DATE = OkrPath.of("dueDate");
  private static final OkrPath METRIC = OkrPath.of("metric");

  KeyResult() {}

  /**
   * Returns the key result's id, unique within its {@link OkrSet}.
   *
   * @return the id
   */
  public abstract KeyResultId id();

  /**
   * Returns what the key result measures, in words ("3000 leads from online ads").
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the owner if it differs from the objective's.
   *
   * @return the owner, if set
   */
  public abstract Option<OwnerRef> owner();

  /**
   * Returns the weight of this key result in its objective's roll-up.
   *
   * @return a weight ≥ 0, 1 by default
   */
  public abstract BigDecimal weight();

  /**
   * Returns the due date if it differs from the cycle's end.
   *
   * @return the due date, if set
   */
  public abstract Option<LocalDate> dueDate();

  /**
   * Returns how the key result is measured.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * Returns the check-ins in {@link CheckIn#ORDER}.
   *
   * @return the history, oldest first
   */
  public abstract Seq<CheckIn> checkIns();

  @Value.Check
  void checkInvariants() {
    Invariants.require(weight().signum() >= 0, "a key result's weight is not negative");
  }

  /**
   * Returns the due date in {@code cycle}: the explicit due date, or the cycle's end date.
   *
   * @param cycle the objective's cycle
   * @return the due date
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public LocalDate dueDateIn(Cycle cycle) {
    Problems.require(cycle, "cycle");
    return dueDate().getOrElse(cycle::end);
  }

  /**
   * Returns the check-ins whose instant is at or before {@code asOf}.
   *
   * @param asOf the instant of evaluation
   * @return the history known at {@code asOf}, oldest first
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public Seq<CheckIn> checkInsAsOf(Instant asOf) {
    Problems.require(asOf, "asOf");
    return checkIns().takeWhile(c -> !c.instant().isAfter(asOf));
  }

  /**
   * Returns the latest check-in at or before {@code asOf}.
   *
   * @param asOf the instant of evaluation
   * @return the latest check-in, if any
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public Option<CheckIn> latestAsOf(Instant asOf) {
    Problems.require(asOf, "asOf");
    return checkInsAsOf(asOf).lastOption();
  }

  /**
   * Returns a copy with one more check-in, if its data fits the metric. The history stays
   * append-only: earlier check-ins are never changed.
   *
   * @param checkIn the new check-in
   * @return the new key result, or the first problem with the check-in's data
   */
  public Either<OkrError, KeyResult> withCheckIn(CheckIn checkIn) {
    if (checkIn == null) {
      return Either.left(new OkrError.Required(OkrPath.of("checkIns")));
    }
    Seq<OkrError> errors = metric().validateData(checkIn.data());
    if (!errors.isEmpty()) {
      return Either.left(errors.head().under(OkrPath.of("checkIns").index(checkIns().size()).key("data")));
    }
    return Either.right(ImmutableKeyResult.of(id(), title(), owner(), weight(), dueDate(), metric(),
        insertSorted(checkIns(), checkIn)));
  }

  private static Seq<CheckIn> insertSorted(Seq<CheckIn> history, CheckIn checkIn) {
    if (history.isEmpty() || CheckIn.ORDER.compare(history.last(), checkIn) <= 0) {
      return history.append(checkIn);
    }
    int i = history.size();
    while (i > 0 && CheckIn.ORDER.compare(history.get(i - 1), checkIn) > 0) {
      i--;
    }
    return history.insert(i, checkIn);
  }

  /**
   * Validates a key result's parts, as {@link Builder#build()} does; shared with
   * {@link OkrSet.Loader}, which keeps the parts in columns rather than in a builder per key result.
   *
   * @param metricErrors the problems of a metric that did not validate (reported under
   *     {@code /metric}); empty if {@code metric} was given as a value
   * @param checkIns the check-ins in any order, may hold {@code null}
   * @return the key result, or every problem with paths relative to it
   */
  static Validation<Seq<OkrError>, KeyResult> validate(@Nullable String id, @Nullable String title,
      @Nullable OwnerRef owner, @Nullable BigDecimal weight, @Nullable LocalDate dueDate, @Nullable Metric metric,
      Seq<OkrError> metricErrors, java.util.List<? extends @Nullable CheckIn> checkIns) {
    Problems problems = new Problems();
    String checkedId = problems.id(id, ID);
    String checkedTitle = problems.text(title, TITLE);
    BigDecimal checkedWeight = problems.nonNegative(weight, WEIGHT);
    if (dueDate != null) {
      problems.date(dueDate, DUE_DATE);
    }
    if (metric == null && metricErrors.isEmpty()) {
      problems.add(new OkrError.Required(METRIC));
    } else {
      problems.addAll(metricErrors, METRIC);
    }
    CheckIn[] history = new CheckIn[checkIns.size()];
    int n = 0;
    for (int i = 0; i < history.length; i++) {
      CheckIn c = checkIns.get(i);
      if (c == null) {
        problems.add(new OkrError.Required(CHECK_INS.index(i)));
        continue;
      }
      if (metric != null) {
        Seq<OkrError> dataErrors = metric.validateData(c.data());
        if (!dataErrors.isEmpty()) {
          problems.addAll(dataErrors, CHECK_INS.index(i).key("data"));
        }
      }
      history[n++] = c;
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems.errors());
    }
    if (!ascending(history, n)) {
      java.util.Arrays.sort(history, 0, n, CheckIn.ORDER);
    }
    return Validation.valid(ImmutableKeyResult.of(ImmutableKeyResultId.of(checkedId), checkedTitle,
        Option.of(owner), checkedWeight, Option.of(dueDate), metric, history(history, n)));
  }

  /** Check-ins held in an array-backed sequence: a reference each, where a linked list spends a cell each. */
  /** Whether the instants rise strictly: then the history is in {@link CheckIn#ORDER} already. */
  private static boolean ascending(CheckIn[] history, int n) {
    for (int i = 1; i < n; i++) {
      if (!history[i - 1].instant().isBefore(history[i].instant())) {
        return false;
      }
    }
    return true;
  }

  private static Seq<CheckIn> history(CheckIn[] sorted, int n) {
    return n == 0 ? Array.empty() : Array.of(n == sorted.length ? sorted : java.util.Arrays.copyOf(sorted, n));
  }

  /**
   * Returns a builder for a key result.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this key result's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id().value()).title(title()).weight(weight()).metric(metric())
        .checkIns(checkIns());
    owner().forEach(b::owner);
    dueDate().forEach(b::dueDate);
    return b;
  }

  /**
   * Collects a key result's parts; {@link #build()} validates them all at once. The weight defaults
   * to 1. A builder is mutable and not thread-safe; the key result it builds is immutable.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable OwnerRef owner;
    private @Nullable BigDecimal weight = BigDecimal.ONE;
    private @Nullable LocalDate dueDate;
    private @Nullable Metric metric;
    private Seq<OkrError> metricErrors = List.empty();
    private boolean metricSet;
    private final java.util.ArrayList<@Nullable CheckIn> checkIns = new java.util.ArrayList<>();

    Builder() {}

    /**
     * Sets the key result's id, unique among the key results of a set (such as {@code kr-leads}).
     *
     * @param id an identifier
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets what the key result measures, in words.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets an owner that differs from the objective's.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder owner(@Nullable OwnerRef owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets the weight in the objective's roll-up (default 1).
     *
     * @param weight a weight ≥ 0
     * @return this builder
     */
    public Builder weight(@Nullable BigDecimal weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets a due date other than the cycle's end.
     *
     * @param dueDate the due date, from 1900-01-01 to 9999-12-31 ({@code okr.out-of-range} at
     *     {@code /dueDate} otherwise)
     * @return this builder
     */
    public Builder dueDate(@Nullable LocalDate dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets how the key result is measured (linear, threshold, range, binary, milestones,
     * recurring, aggregate or ordinal); a metric that did not validate is reported under
     * {@code /metric}.
     *
     * @param metric the metric
     * @return this builder
     */
    public Builder metric(@Nullable Metric metric) {
      this.metric = metric;
      this.metricErrors = List.empty();
      this.metricSet = metric != null;
      return this;
    }

    /**
     * Sets the metric from a validation, so that its problems are reported by {@link #build()}
     * under {@code /metric} together with every other problem.
     *
     * @param metric a metric's validation, such as {@code LinearMetric.validate(...)}
     * @return this builder
     */
    public Builder metric(Validation<Seq<OkrError>, ? extends Metric> metric) {
      if (metric == null) {
        return metric((Metric) null);
      }
      this.metric = metric.isValid() ? metric.get() : null;
      this.metricErrors = metric.isValid() ? List.empty() : metric.getError();
      this.metricSet = true;
      return this;
    }

    /**
     * Adds a check-in; order does not matter.
     *
     * @param checkIn the check-in
     * @return this builder
     */
    public Builder checkIn(@Nullable CheckIn checkIn) {
      checkIns.add(checkIn);
      return this;
    }

    /**
     * Adds check-ins; order does not matter.
     *
     * @param checkIns the check-ins
     * @return this builder
     */
    public Builder checkIns(Iterable<CheckIn> checkIns) {
      if (checkIns == null) {
        this.checkIns.add(null);
      } else {
        checkIns.forEach(this.checkIns::add);
      }
      return this;
    }

    /**
     * Validates every part and builds the key result.
     *
     * @return the key result, or every problem with paths relative to it
     */
    public Validation<Seq<OkrError>, KeyResult> build() {
      return validate(id, title, owner, weight, dueDate, metricSet ? metric : null, metricErrors, checkIns);
    }

    /**
     * Builds the key result or throws.
     *
     * @return the key result
     * @throws OkrException with every problem, if any
     */
    public KeyResult buildOrThrow() {
      return OkrException.getOrThrow(build());
    }
  }
}
