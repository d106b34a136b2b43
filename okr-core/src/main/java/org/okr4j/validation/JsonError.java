package org.okr4j.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * A problem with a JSON document of okr4j's wire format {@code okr4j/1} (read by the
 * {@code okr-jackson} and {@code okr-jackson3} modules): a document of an unsupported format or
 * another kind, an unknown field, kind or value, a duplicate field, a value of the wrong JSON type,
 * text that is not a date, instant, zone or number, an array longer than the reader allows, or a
 * scorecard whose scores are not the ones okr4j computes. Every error has a stable
 * {@code okr.json.*} {@link #code() code}, the JSON Pointer of the offending element from the
 * document's root as its {@link #path() path}, and a message in English or Simplified Chinese.
 *
 * <p><b>Why this family is part of {@link OkrError}.</b> A document is read through the core's
 * validating factories, so one document can fail with {@code okr.blank} at one pointer and
 * {@code okr.json.unknown-field} at another. With both in one sealed family a host maps every
 * problem of a request with one exhaustive switch, and the JSON modules stay free to add codes here
 * without a type of their own. Nothing in okr-core reads JSON: the family only names the problems.
 *
 * <p>Messages never echo more than 256 characters of one input text: the reader shortens what it
 * quotes, and a field name in a path, before it builds the error.
 *
 * <pre>{@code
 * JsonError e = new JsonError.UnknownField(OkrPath.of("objectives", "0", "titel"), "objective",
 *     List.of("id", "title"));
 * e.code();                  // "okr.json.unknown-field"
 * e.message(Locale.ENGLISH); // "is not a field of objective (its fields are id, title)"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface JsonError extends OkrError
    permits JsonError.UnsupportedFormat,
        JsonError.UnknownKind,
        JsonError.WrongDocument,
        JsonError.UnknownValue,
        JsonError.UnknownField,
        JsonError.DuplicateField,
        JsonError.WrongType,
        JsonError.MalformedText,
        JsonError.TooMany,
        JsonError.TooLarge,
        JsonError.TooDeep,
        JsonError.ScorecardMismatch {

  /** The most characters of one input text that a message quotes. */
  int MAX_ECHO = 256;

  @Override
  JsonError withPath(OkrPath path);

  /**
   * Returns this error re-rooted below {@code prefix}.
   *
   * @param prefix the path of the containing value
   * @return the error with path {@code prefix + path()}
   */
  @Override
  default JsonError under(OkrPath prefix) {
    return withPath(Present.check(prefix, "prefix").resolve(path()));
  }

  /**
   * Quotes an input text for a message, shortened to {@link #MAX_ECHO} characters: longer text keeps
   * its first 255 characters and ends with {@code …}.
   *
   * @param text the input text
   * @return the text in double quotes
   */
  static String quote(String text) {
    return "\"" + shorten(text) + "\"";
  }

  /**
   * Shortens an input text to at most {@link #MAX_ECHO} characters, ending with {@code …} if cut.
   *
   * @param text the input text
   * @return the text, or its first 255 characters and {@code …}
   */
  static String shorten(String text) {
    return Present.check(text, "text").length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO - 1) + "…";
  }

  /** The JSON types named by {@link WrongType}. */
  enum JsonType {
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** A JSON number without fraction or exponent (or a string of digits). */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL,
    /** No value: the input ended, or a value JSON cannot spell (an embedded object). */
    NOTHING;

    /**
     * Returns the type's name in messages, lower case: {@code string}, {@code object}...
     *
     * @return the token
     */
    public String token() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What a {@link MalformedText} text should have held. */
  enum TextFormat {
    /** An ISO-8601 calendar date such as {@code 2026-01-31}. */
    DATE,
    /** An ISO-8601 instant such as {@code 2026-01-31T09:00:00Z}. */
    INSTANT,
    /** A time-zone id such as {@code Z}, {@code +08:00} or {@code Asia/Shanghai}. */
    ZONE,
    /** A decimal number in JSON's number syntax. */
    DECIMAL,
    /** An integer. */
    INTEGER;

    /**
     * Returns the token used in error codes, such as {@code date} in {@code okr.json.malformed.date}.
     *
     * @return the code token
     */
    public String token() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A document's {@code format} is not the one this reader reads.
   *
   * @param path the JSON Pointer of the offending element
   * @param given the format given, quoted and shortened for the message
   * @param supported the format this reader reads, {@code okr4j/1}
   */
  record UnsupportedFormat(OkrPath path, String given, String supported) implements JsonError {
    @Override
    public String code() {
      return "okr.json.unsupported-format";
    }

    @Override
    public UnsupportedFormat withPath(OkrPath path) {
      return new UnsupportedFormat(path, given, supported);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(given, supported);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A polymorphic value's {@code kind} is not on its allow-list.
   *
   * @param path the JSON Pointer of the offending element
   * @param given the kind given, quoted and shortened for the message
   * @param allowed the kinds allowed at this place, in the order the format lists them
   */
  record UnknownKind(OkrPath path, String given, Seq<String> allowed) implements JsonError {
    @Override
    public String code() {
      return "okr.json.unknown-kind";
    }

    @Override
    public UnknownKind withPath(OkrPath path) {
      return new UnknownKind(path, given, allowed);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(given, Messages.join(allowed, ", "));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A document of another kind than the one asked for, such as a {@code scorecard} read as an OKR set. Its code is
   * {@code okr.json.unknown-kind}, like {@link UnknownKind}: to a host both are a {@code kind} it cannot use.
   *
   * @param path the JSON Pointer of the offending element
   * @param given the document's kind, quoted and shortened for the message
   * @param expected the kind that is read here, such as {@code okr-set}
   */
  record WrongDocument(OkrPath path, String given, String expected) implements JsonError {
    @Override
    public String code() {
      return "okr.json.unknown-kind";
    }

    @Override
    public WrongDocument withPath(OkrPath path) {
      return new WrongDocument(path, given, expected);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(given, expected);
    }

    /**
     * Returns the message keyed {@code okr.json.unknown-kind.document} rather than by the code, which
     * this error shares with {@link UnknownKind}.
     *
     * @param locale the reader's locale
     * @param messages the catalogues to read
     * @return the message
     */
    @Override
    public String message(Locale locale, MessageResolver messages) {
      return Present.check(messages, "messages").format("okr.json.unknown-kind.document", Present.check(locale, "locale"),
          arguments());
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * An enumerated value (a comparison, a period, a policy option...) is not one of its tokens.
   *
   * @param path the JSON Pointer of the offending element
   * @param given the value given, quoted and shortened for the message
   * @param allowed the tokens allowed
   */
  record UnknownValue(OkrPath path, String given, Seq<String> allowed) implements JsonError {
    @Override
    public String code() {
      return "okr.json.unknown-value";
    }

    @Override
    public UnknownValue withPath(OkrPath path) {
      return new UnknownValue(path, given, allowed);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(given, Messages.join(allowed, ", "));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * An object has a field that its kind of value does not have; the field's name is the last segment of the path
   * (shortened to 256 characters).
   *
   * @param path the JSON Pointer of the offending element
   * @param value the kind of value, as the format names it, such as {@code objective} or {@code metric linear}
   * @param fields the fields that value has, in the format's order
   */
  record UnknownField(OkrPath path, String value, Seq<String> fields) implements JsonError {
    @Override
    public String code() {
      return "okr.json.unknown-field";
    }

    @Override
    public UnknownField withPath(OkrPath path) {
      return new UnknownField(path, value, fields);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(value, Messages.join(fields, ", "));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * An object has the same field more than once.
   *
   * @param path the JSON Pointer of the offending element
   * @param value the kind of value, as the format names it
   */
  record DuplicateField(OkrPath path, String value) implements JsonError {
    @Override
    public String code() {
      return "okr.json.duplicate-field";
    }

    @Override
    public DuplicateField withPath(OkrPath path) {
      return new DuplicateField(path, value);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(value);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A value has the wrong JSON type, such as a number where text belongs, or {@code null} anywhere.
   *
   * @param path the JSON Pointer of the offending element
   * @param expected the JSON type the format needs here
   * @param found the JSON type given
   */
  record WrongType(OkrPath path, JsonType expected, JsonType found) implements JsonError {
    @Override
    public String code() {
      return "okr.json.wrong-type";
    }

    @Override
    public WrongType withPath(OkrPath path) {
      return new WrongType(path, expected, found);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(expected == null ? Messages.MISSING : expected.token(),
          found == null ? Messages.MISSING : found.token());
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A text that should hold a date, an instant, a time zone, a decimal or an integer does not. Its code is
   * {@code okr.json.malformed.} followed by the format's token, such as {@code okr.json.malformed.date}.
   *
   * @param path the JSON Pointer of the offending element
   * @param format what the text should have held
   * @param given the text given, quoted and shortened for the message
   */
  record MalformedText(OkrPath path, TextFormat format, String given) implements JsonError {
    @Override
    public String code() {
      return format == null ? "okr.json.malformed" : "okr.json.malformed." + format.token();
    }

    @Override
    public MalformedText withPath(OkrPath path) {
      return new MalformedText(path, format, given);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(given);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * An array holds more elements than the module allows; the path is the first element past the limit, and the
   * rest of the array is skipped unread.
   *
   * @param path the JSON Pointer of the offending element
   * @param max the most elements allowed in this array
   * @param option the module's option that raises the limit, such as {@code withMaxCheckIns}
   */
  record TooMany(OkrPath path, int max, String option) implements JsonError {
    @Override
    public String code() {
      return "okr.json.too-many";
    }

    @Override
    public TooMany withPath(OkrPath path) {
      return new TooMany(path, max, option);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Integer.toString(max + 1), Integer.toString(max), option);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A polymorphic object whose {@code kind} is not its first field holds more tokens before its {@code kind} than a
   * reader keeps while it waits for the kind (writers put {@code kind} first); the rest of the object is skipped.
   *
   * @param path the JSON Pointer of the offending element
   * @param max the most tokens kept
   */
  record TooLarge(OkrPath path, int max) implements JsonError {
    @Override
    public String code() {
      return "okr.json.too-large";
    }

    @Override
    public TooLarge withPath(OkrPath path) {
      return new TooLarge(path, max);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Integer.toString(max));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * An explanation tree nests deeper than the format writes.
   *
   * @param path the JSON Pointer of the offending element
   * @param max the deepest explanation written, in levels
   */
  record TooDeep(OkrPath path, int max) implements JsonError {
    @Override
    public String code() {
      return "okr.json.too-deep";
    }

    @Override
    public TooDeep withPath(OkrPath path) {
      return new TooDeep(path, max);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(Integer.toString(max));
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }

  /**
   * A {@code scorecard} document's scores differ from those okr4j computes for the document's set, alignment and
   * policy at its {@code asOf}; reported at the first difference.
   *
   * @param path the JSON Pointer of the offending element
   * @param found the document's token there, shortened for the message
   * @param expected the computed token there
   */
  record ScorecardMismatch(OkrPath path, String found, String expected) implements JsonError {
    @Override
    public String code() {
      return "okr.json.scorecard-mismatch";
    }

    @Override
    public ScorecardMismatch withPath(OkrPath path) {
      return new ScorecardMismatch(path, found, expected);
    }

    @Override
    public Seq<Object> arguments() {
      return List.of(found, expected);
    }

    @Override
    public String toString() {
      return OkrError.describe(this);
    }
  }
}
