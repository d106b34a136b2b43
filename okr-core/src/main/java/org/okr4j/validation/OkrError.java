package org.okr4j.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One problem found in OKR input: a stable {@link #code() code}, the {@link #path() path} of the
 * offending value and a {@link #message(Locale) message} in English, Simplified or Traditional
 * Chinese, or a language a host adds with a {@link MessageCatalog}.
 *
 * <p>The family is sealed: every error is one of the records nested here, in
 * {@link AlignmentError} (the alignment graph's errors) or in {@link JsonError} (the problems of a
 * JSON document of the wire format), so hosts can map errors to their own API exhaustively. Codes are public API and never change meaning; new codes are added
 * in minor versions and listed in the CHANGELOG. Validating entry points return every problem at
 * once as {@code Validation<Seq<OkrError>, T>}.
 *
 * <pre>{@code
 * OkrError e = new OkrError.Blank(OkrPath.of("objectives", "0", "title"));
 * e.code();                     // "okr.blank"
 * e.message(Locale.ENGLISH);    // "must not be blank"
 * e.toString();                 // "okr.blank at /objectives/0/title: must not be blank"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface OkrError
    permits OkrError.Required,
        OkrError.Blank,
        OkrError.TooLong,
        OkrError.Malformed,
        OkrError.OutOfRange,
        OkrError.DuplicateId,
        OkrError.DanglingReference,
        OkrError.EmptyRange,
        OkrError.EmptyCollection,
        OkrError.TargetEqualsBaseline,
        OkrError.IncompatibleUnit,
        OkrError.ZeroTotalWeight,
        OkrError.CheckInMismatch,
        OkrError.UnknownMilestone,
        OkrError.OutsideCycle,
        OkrError.CyclicReference,
        OkrError.WeightsNotNormalized,
        OkrError.UndefinedProgress,
        AlignmentError,
        JsonError {

  /**
   * Returns the stable, dotted code of this kind of problem, such as
   * {@code okr.key-result.target-equals-baseline}.
   *
   * @return the code
   */
  String code();

  /**
   * Returns where the problem is, as a JSON Pointer relative to the value that was validated.
   *
   * @return the path
   */
  OkrPath path();

  /**
   * Returns the same error reported at another path.
   *
   * @param path the new path
   * @return a copy with {@code path}
   */
  OkrError withPath(OkrPath path);

  /**
   * Returns the values that fill the message template, in order.
   *
   * @return the message arguments
   */
  Seq<Object> arguments();

  /**
   * Returns this error re-rooted below {@code prefix}, as when an error found in a key result is
   * reported from the objective that contains it.
   *
   * @param prefix the path of the containing value
   * @return the error with path {@code prefix + path()}
   */
  default OkrError under(OkrPath prefix) {
    return withPath(Present.check(prefix, "prefix").resolve(path()));
  }

  /**
   * Returns the human-readable message in the given locale from {@link MessageResolver#defaults()}:
   * Traditional Chinese for {@code zh-TW}, {@code zh-HK} and {@code zh-Hant}, Simplified Chinese
   * for other {@code zh} locales, a language of a host's {@link MessageCatalog}, English otherwise.
   * The path is not part of the message.
   *
   * @param locale the reader's locale
   * @return the message
   */
  default String message(Locale locale) {
    return message(Present.check(locale, "locale"), MessageResolver.defaults());
  }

  /**
   * Returns the human-readable message in the given locale from the catalogues of
   * {@code messages}, whose templates are keyed by {@link #code()}.
   *
   * @param locale the reader's locale
   * @param messages the catalogues to read, such as {@code MessageResolver.defaults().with(hostCatalog)}
   * @return the message
   */
  default String message(Locale locale, MessageResolver messages) {
    return Present.check(messages, "messages").format(code(), Present.check(locale, "locale"), arguments());
  }

  /**
   * Formats an error as {@code code at path: English message}; used by every record's
   * {@code toString()}.
   *
   * @param error the error
   * @return the one-line description
   */
  static String describe(OkrError error) {
    Present.check(error, "error");
    OkrPath path = error.path();
    String where = path == null ? Messages.MISSING : path.isRoot() ? "/" : path.toString();
    return error.code() + " at " + where + ": " + error.message(Locale.ENGLISH);
  }

  /** Returns {@code value} itself if it is a {@link BigDecimal}, or a copy of a subclass instance. */
  private static BigDecimal plain(BigDecimal value) {
    return value == null || value.getClass() == BigDecimal.class ? value
        : new BigDecimal(value.unscaledValue(), value.scale());
  }

  /**
   * A required value is missing ({@code null} or absent).
   *
   * @param path where the value was expected
   */
  record Required(OkrPath path) implements OkrError {
    @Override
    public String code() {
      return "okr.required";
    }

    @Override
    public Required withPath(OkrPath path) {
      return new Required(path);
    }

    @Override
    public Seq<Object> arguments() {
      return List.empty();
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A text is empty or only white space.
   *
   * @param path the text's path
   */
  record Blank(OkrPath path) implements OkrError {
    @Override
    public String code() {
      return "okr.blank";
    }

    @Override
    public Blank withPath(OkrPath path) {
      return new Blank(path);
    }

    @Override
    public Seq<Object> arguments() {
      return List.empty();
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A text is longer than allowed.
   *
   * @param path the text's path
   * @param maxLength the largest length allowed, in UTF-16 code units
   * @param length the length given
   */
  record TooLong(OkrPath path, int maxLength, int length) implements OkrError {
    @Override
    public String code() {
      return "okr.too-long";
    }

    @Override
    public TooLong withPath(OkrPath path) {
      return new TooLong(path, maxLength, length);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Integer.toString(maxLength), Integer.toString(length));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /** What a {@link Malformed} text should have looked like. */
  enum Format {
    /** An identifier: 1 to 64 of {@code A-Z a-z 0-9 . _ ~ : -}, starting with a letter or digit. */
    ID("id"),
    /** An ISO 4217 currency code known to the JDK, such as {@code EUR}. */
    CURRENCY("currency"),
    /** A lower-case name token: {@code a-z}, digits and {@code -}, starting with a letter. */
    NAME("name"),
    /** A decimal number in {@code BigDecimal} syntax, such as {@code 0.7} or {@code 1E+3}. */
    DECIMAL("decimal");

    private final String token;

    Format(String token) {
      this.token = token;
    }

    /**
     * Returns the token used in error codes, such as {@code id} in {@code okr.malformed.id}.
     *
     * @return the code token
     */
    public String token() {
      return token;
    }
  }

  /**
   * A text does not have the required syntax.
   *
   * @param path the text's path
   * @param format the expected syntax
   * @param input the text given
   */
  record Malformed(OkrPath path, Format format, String input) implements OkrError {
    @Override
    public String code() {
      return format == null ? "okr.malformed" : "okr.malformed." + format.token();
    }

    @Override
    public Malformed withPath(OkrPath path) {
      return new Malformed(path, format, input);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Messages.quote(input));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A number lies outside the values allowed.
   *
   * @param path the number's path
   * @param value the number given, as text
   * @param allowed the allowed values in interval notation, such as {@code [0, 1]} or {@code ≥ 0}
   */
  record OutOfRange(OkrPath path, String value, String allowed) implements OkrError {
    @Override
    public String code() {
      return "okr.out-of-range";
    }

    @Override
    public OutOfRange withPath(OkrPath path) {
      return new OutOfRange(path, value, allowed);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(value, allowed);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * An identifier is used by more than one value where it must be unique.
   *
   * @param path the path of the second and later uses
   * @param id the repeated identifier
   */
  record DuplicateId(OkrPath path, String id) implements OkrError {
    @Override
    public String code() {
      return "okr.duplicate-id";
    }

    @Override
    public DuplicateId withPath(OkrPath path) {
      return new DuplicateId(path, id);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(id);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A reference names an identifier that does not exist.
   *
   * @param path the reference's path
   * @param id the missing identifier
   */
  record DanglingReference(OkrPath path, String id) implements OkrError {
    @Override
    public String code() {
      return "okr.dangling-reference";
    }

    @Override
    public DanglingReference withPath(OkrPath path) {
      return new DanglingReference(path, id);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(id);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A range's end does not come after its start (a cycle's dates, a range metric's bounds).
   *
   * @param path the range's path
   * @param start the start given, as text
   * @param end the end given, as text
   */
  record EmptyRange(OkrPath path, String start, String end) implements OkrError {
    @Override
    public String code() {
      return "okr.empty-range";
    }

    @Override
    public EmptyRange withPath(OkrPath path) {
      return new EmptyRange(path, start, end);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(start, end);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A collection that needs at least one element is empty.
   *
   * @param path the collection's path
   */
  record EmptyCollection(OkrPath path) implements OkrError {
    @Override
    public String code() {
      return "okr.empty";
    }

    @Override
    public EmptyCollection withPath(OkrPath path) {
      return new EmptyCollection(path);
    }

    @Override
    public Seq<Object> arguments() {
      return List.empty();
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A linear key result's target equals its baseline, so progress is undefined (0/0).
   *
   * @param path the metric's path
   * @param value the common value of baseline and target
   */
  record TargetEqualsBaseline(OkrPath path, BigDecimal value) implements OkrError {
    /**
     * Keeps a plain {@link BigDecimal}: an instance of a subclass is copied.
     *
     * @param path the path
     * @param value the value
     */
    public TargetEqualsBaseline {
      value = OkrError.plain(value);
    }

    @Override
    public String code() {
      return "okr.key-result.target-equals-baseline";
    }

    @Override
    public TargetEqualsBaseline withPath(OkrPath path) {
      return new TargetEqualsBaseline(path, value);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Messages.shown(value));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A value's unit does not fit how it is used, such as a percentage-point delta on a metric that
   * is not measured in percent.
   *
   * @param path the offending value's path
   * @param unit the unit given
   * @param required the unit required
   */
  record IncompatibleUnit(OkrPath path, String unit, String required) implements OkrError {
    @Override
    public String code() {
      return "okr.metric.incompatible-unit";
    }

    @Override
    public IncompatibleUnit withPath(OkrPath path) {
      return new IncompatibleUnit(path, unit, required);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(unit, required);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * Weights that are shared out must not all be zero (for example a milestone metric's weights).
   *
   * @param path the weighted collection's path
   */
  record ZeroTotalWeight(OkrPath path) implements OkrError {
    @Override
    public String code() {
      return "okr.zero-total-weight";
    }

    @Override
    public ZeroTotalWeight withPath(OkrPath path) {
      return new ZeroTotalWeight(path);
    }

    @Override
    public Seq<Object> arguments() {
      return List.empty();
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A check-in carries data of a kind that its key result's metric does not accept, such as a
   * milestone list on a linear metric.
   *
   * @param path the check-in data's path
   * @param metricKind the metric's kind, such as {@code linear}
   * @param dataKind the check-in data's kind, such as {@code milestones}
   */
  record CheckInMismatch(OkrPath path, String metricKind, String dataKind) implements OkrError {
    @Override
    public String code() {
      return "okr.check-in.kind-mismatch";
    }

    @Override
    public CheckInMismatch withPath(OkrPath path) {
      return new CheckInMismatch(path, metricKind, dataKind);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(dataKind, metricKind);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A check-in marks a milestone done that its metric does not define.
   *
   * @param path the check-in data's path
   * @param milestoneId the unknown milestone id
   */
  record UnknownMilestone(OkrPath path, String milestoneId) implements OkrError {
    @Override
    public String code() {
      return "okr.check-in.unknown-milestone";
    }

    @Override
    public UnknownMilestone withPath(OkrPath path) {
      return new UnknownMilestone(path, milestoneId);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(milestoneId);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A date must lie inside a cycle and does not (a recurring check-in's period, a child cycle).
   *
   * @param path the date's path
   * @param value the date given, as text
   * @param cycleId the cycle it must lie in
   */
  record OutsideCycle(OkrPath path, String value, String cycleId) implements OkrError {
    @Override
    public String code() {
      return "okr.outside-cycle";
    }

    @Override
    public OutsideCycle withPath(OkrPath path) {
      return new OutsideCycle(path, value, cycleId);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(value, cycleId);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * References form a loop where they must form a tree, such as cycles that are each other's
   * parents.
   *
   * @param path the path of the reference that closes the loop
   * @param loop the identifiers along the loop, first repeated at the end
   */
  record CyclicReference(OkrPath path, Seq<String> loop) implements OkrError {
    @Override
    public String code() {
      return "okr.cyclic-reference";
    }

    @Override
    public CyclicReference withPath(OkrPath path) {
      return new CyclicReference(path, loop);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Messages.join(loop, " → "));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * Weights that must add up to exactly 1 do not, as when a roll-up policy requires key-result
   * weights to total 100 % (Inspire, Sesame HR, Betterworks, Profit.co).
   *
   * @param path the weighted collection's path
   * @param sum the sum of the weights given
   */
  record WeightsNotNormalized(OkrPath path, BigDecimal sum) implements OkrError {
    /**
     * Keeps a plain {@link BigDecimal}: an instance of a subclass is copied.
     *
     * @param path the weighted collection's path
     * @param sum the sum of the weights given
     */
    public WeightsNotNormalized {
      sum = OkrError.plain(sum);
    }

    @Override
    public String code() {
      return "okr.scoring.weights-not-normalized";
    }

    @Override
    public WeightsNotNormalized withPath(OkrPath path) {
      return new WeightsNotNormalized(path, sum);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Messages.shown(sum));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A scoring rule would divide by zero for this key result, so its progress is undefined and it is
   * left "not scored", as when a "distance from target" rule meets a threshold of 0.
   *
   * @param path the metric's path
   * @param formula the formula that has no value, with its numbers, such as {@code c / t, t = 0}
   */
  record UndefinedProgress(OkrPath path, String formula) implements OkrError {
    @Override
    public String code() {
      return "okr.scoring.undefined-progress";
    }

    @Override
    public UndefinedProgress withPath(OkrPath path) {
      return new UndefinedProgress(path, formula);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(formula);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }
}
