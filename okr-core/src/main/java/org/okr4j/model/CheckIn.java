package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Comparator;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Dates;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * One observation of a key result at an instant: the data its metric accepts, the owner's
 * confidence (a fraction, or a categorical label such as {@code medium} that the scoring policy
 * maps to one), a status the owner may set by hand, a note and its author. A key result's history is append-only and kept in
 * {@link #ORDER}: by instant, ties broken by the check-in's content, so the order never depends on
 * the order check-ins arrived in. The instant is when the value was true, not when it was
 * recorded: a late check-in for the last day of a closed cycle carries that day's instant.
 *
 * <pre>{@code
 * CheckIn c = CheckIn.of(Instant.parse("2026-02-01T09:00:00Z"),
 *     new CheckInData.Measurement(new BigDecimal("2250")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class CheckIn {

  /** The earliest instant accepted (1900-01-01T00:00:00Z). */
  public static final Instant MIN_INSTANT = Dates.MIN_INSTANT;

  /** The latest instant accepted (9999-12-31T23:59:59.999999999Z). */
  public static final Instant MAX_INSTANT = Dates.MAX_INSTANT;

  /** The longest note accepted, in UTF-16 code units. */
  public static final int MAX_NOTE_LENGTH = Problems.MAX_TEXT;

  /** The longest confidence label accepted, in UTF-16 code units. */
  public static final int MAX_LABEL_LENGTH = 64;

  /**
   * The order of a key result's history: by instant, then by data, confidence, note, author,
   * status and confidence label, so that equal instants still sort the same way whatever order the
   * check-ins came in.
   */
  public static final Comparator<CheckIn> ORDER = Comparator.comparing(CheckIn::instant)
      .thenComparing(c -> c.data().toString())
      .thenComparing(c -> c.confidence().map(x -> x.value().toString()).getOrElse(""))
      .thenComparing(CheckIn::note)
      .thenComparing(c -> c.author().map(OwnerRef::toString).getOrElse(""))
      .thenComparing(c -> c.status().map(Enum::name).getOrElse(""))
      .thenComparing(c -> c.confidenceLabel().getOrElse(""));

  private static final OkrPath INSTANT_PATH = OkrPath.of("instant");
  private static final OkrPath DATA_PATH = OkrPath.of("data");
  private static final OkrPath NOTE_PATH = OkrPath.of("note");
  private static final OkrPath LABEL_PATH = OkrPath.of("confidenceLabel");

  CheckIn() {}

  /**
   * Returns when the observation was true.
   *
   * @return the instant
   */
  public abstract Instant instant();

  /**
   * Returns what was observed.
   *
   * @return the data
   */
  public abstract CheckInData data();

  /**
   * Returns the owner's confidence at that time.
   *
   * @return the confidence, if given
   */
  public abstract Option<Confidence> confidence();

  /**
   * Returns the note, empty if none.
   *
   * @return the note
   */
  public abstract String note();

  /**
   * Returns who made the check-in.
   *
   * @return the author, if known
   */
  public abstract Option<OwnerRef> author();

  /**
   * Returns the status the owner set by hand, if any (Perdoo, BOJA and Profit.co let owners say
   * "on track", "at risk" or "off track" themselves). Scoring uses it only when its status policy's
   * source asks for manual statuses.
   *
   * @return the status, if the owner set one; none by default
   */
  public abstract Option<ManualStatus> status();

  /**
   * Returns a categorical confidence, such as {@code low}, {@code medium} or {@code high}, or a
   * host's own label; the scoring policy maps labels to fractions. A check-in with both a
   * {@link #confidence()} and a label is read by its fraction.
   *
   * @return the label, if given; none by default
   */
  public abstract Option<String> confidenceLabel();

  /**
   * Validates and builds a check-in. Whether the data fits a metric is checked when the check-in
   * is added to a key result.
   *
   * @param instant when the value was true, may be {@code null}
   * @param data what was observed, may be {@code null}
   * @param confidence the confidence, or {@code null}
   * @param note the note, or {@code null} for none
   * @param author the author, or {@code null}
   * @return the check-in, or every problem (paths {@code /instant}, {@code /data}, {@code /note})
   */
  public static Validation<Seq<OkrError>, CheckIn> validate(
      @Nullable Instant instant, @Nullable CheckInData data, @Nullable Confidence confidence,
      @Nullable String note, @Nullable OwnerRef author) {
    return validate(instant, data, confidence, note, author, null, null);
  }

  /**
   * Validates and builds a check-in with a hand-set status and a categorical confidence.
   *
   * @param instant when the value was true, may be {@code null}
   * @param data what was observed, may be {@code null}
   * @param confidence the confidence, or {@code null}
   * @param note the note, or {@code null} for none
   * @param author the author, or {@code null}
   * @param status the status the owner set, or {@code null}
   * @param confidenceLabel a categorical confidence such as {@code medium}, or {@code null}; not
   *     blank, at most {@link #MAX_LABEL_LENGTH} characters
   * @return the check-in, or every problem (paths {@code /instant}, {@code /data}, {@code /note},
   *     {@code /confidenceLabel})
   */
  public static Validation<Seq<OkrError>, CheckIn> validate(
      @Nullable Instant instant, @Nullable CheckInData data, @Nullable Confidence confidence,
      @Nullable String note, @Nullable OwnerRef author, @Nullable ManualStatus status,
      @Nullable String confidenceLabel) {
    Problems problems = new Problems();
    problems.instant(instant, INSTANT_PATH);
    problems.present(data, DATA_PATH);
    String checkedNote = problems.optionalText(note == null ? "" : note, NOTE_PATH);
    String label = null;
    if (confidenceLabel != null) {
      OkrPath labelPath = LABEL_PATH;
      label = problems.text(confidenceLabel, labelPath);
      if (label != null && label.length() > MAX_LABEL_LENGTH) {
        problems.add(new OkrError.TooLong(labelPath, MAX_LABEL_LENGTH, label.length()));
      }
    }
    String checkedLabel = label;
    return problems.result(() -> ImmutableCheckIn.of(instant, data, Option.of(confidence), checkedNote,
        Option.of(author), Option.of(status), Option.of(checkedLabel)));
  }

  /**
   * Returns a check-in with no confidence, note or author.
   *
   * @param instant when the value was true
   * @param data what was observed
   * @return the check-in
   * @throws OkrException if an input is invalid
   */
  public static CheckIn of(Instant instant, CheckInData data) {
    return OkrException.getOrThrow(validate(instant, data, null, null, null));
  }

  /**
   * Returns a check-in that measured a whole number, such as 2400 leads; an {@code int} widens to
   * it. The same as {@code of(instant, CheckInData.Measurement.of(value))}.
   *
   * <pre>{@code
   * CheckIn leads = CheckIn.measurement(Instant.parse("2026-01-11T00:00:00Z"), 2400);
   * }</pre>
   *
   * @param instant when the value was true
   * @param value the value, in the metric's unit
   * @return the check-in, with no confidence, note or author
   * @throws OkrException with {@code okr.required} or {@code okr.out-of-range} at {@code /instant}
   *     if the instant is missing or outside the date domain
   */
  public static CheckIn measurement(Instant instant, long value) {
    return of(instant, CheckInData.Measurement.of(value));
  }

  /**
   * Returns a check-in that measured a decimal number written as text, such as {@code "8.5"} (read
   * as {@link CheckInData.Measurement#parse(String)} reads it). A convenience for values written in
   * code; to check a user's input and get its problems as data, use
   * {@link CheckInData.Measurement#parse(String)} and {@link #validate}.
   *
   * <pre>{@code
   * CheckIn rate = CheckIn.measurement(Instant.parse("2026-01-11T00:00:00Z"), "8.5");
   * CheckIn.measurement(instant, "8,5"); // OkrException: okr.malformed.decimal at /data/value
   * }</pre>
   *
   * @param instant when the value was true
   * @param value the value as text, in the metric's unit
   * @return the check-in, with no confidence, note or author
   * @throws OkrException with every problem: at {@code /instant} as for
   *     {@link #measurement(Instant, long)}, and at {@code /data/value} {@code okr.required},
   *     {@code okr.malformed.decimal} or {@code okr.out-of-range} as {@code parse} reports them
   */
  public static CheckIn measurement(Instant instant, String value) {
    Problems problems = new Problems();
    problems.instant(instant, OkrPath.of("instant"));
    java.math.BigDecimal number = CheckInData.Measurement.read(value, problems, OkrPath.of("data", "value"));
    return OkrException.getOrThrow(problems.result(() -> of(instant, new CheckInData.Measurement(number))));
  }

  /**
   * Returns a copy with a confidence.
   *
   * @param confidence the confidence
   * @return the copy
   */
  public CheckIn withConfidence(Confidence confidence) {
    return ImmutableCheckIn.of(instant(), data(), Option.of(confidence), note(), author(), status(), confidenceLabel());
  }

  /**
   * Returns a copy with a note.
   *
   * @param note the note, at most 10 000 characters
   * @return the copy
   * @throws OkrException if the note is too long
   */
  public CheckIn withNote(String note) {
    return OkrException.getOrThrow(validate(instant(), data(), confidence().getOrNull(), note,
        author().getOrNull(), status().getOrNull(), confidenceLabel().getOrNull()));
  }

  /**
   * Returns a copy with an author.
   *
   * @param author the author
   * @return the copy
   */
  public CheckIn withAuthor(OwnerRef author) {
    return ImmutableCheckIn.of(instant(), data(), confidence(), note(), Option.of(author), status(), confidenceLabel());
  }

  /**
   * Returns a copy with a status the owner set by hand.
   *
   * @param status the status
   * @return the copy
   */
  public CheckIn withStatus(ManualStatus status) {
    return ImmutableCheckIn.of(instant(), data(), confidence(), note(), author(), Option.of(status), confidenceLabel());
  }

  /**
   * Returns a copy with a categorical confidence, such as {@code medium}.
   *
   * @param label the label, not blank, at most {@link #MAX_LABEL_LENGTH} characters
   * @return the copy
   * @throws OkrException if the label is missing, blank or too long
   */
  public CheckIn withConfidenceLabel(String label) {
    if (label == null) {
      throw new OkrException(io.vavr.collection.List.of(new OkrError.Required(OkrPath.of("confidenceLabel"))));
    }
    return OkrException.getOrThrow(validate(instant(), data(), confidence().getOrNull(), note(),
        author().getOrNull(), status().getOrNull(), label));
  }
}
