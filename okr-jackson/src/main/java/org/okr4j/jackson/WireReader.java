package org.okr4j.jackson;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerKind;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Zone;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.model.KeyResultId;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.ObjectiveId;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Bands;
import org.okr4j.scoring.Cap;
import org.okr4j.scoring.ConfidencePolicy;
import org.okr4j.scoring.ExpectedProgress;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.GradeScale;
import org.okr4j.scoring.GradingPolicy;
import org.okr4j.scoring.Phase;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.StretchPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusRule;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Reads one {@code okr4j/1} document from a token stream, without building a tree.
 *
 * <p>Each object is read into a {@link Reading} (a mutable wire record) and then built through the
 * core's validating factory; the factory's errors, whose paths follow the model's shape, are
 * reported under the object's JSON Pointer. Wire problems (unknown or repeated fields, wrong types,
 * unknown kinds, malformed text, too many elements) are collected as well, and reading goes on, so
 * one exception reports every problem. An error the core reports for a value whose JSON already had
 * a problem (such as {@code okr.required} for a field of the wrong type) is left out.
 *
 * <p>Recursion follows the format's fixed grammar, never the input's nesting: values that are
 * skipped (unknown fields, wrong types) are skipped by the parser without recursion. Polymorphic
 * objects whose {@code kind} is not their first field are buffered, without that field, in a
 * {@link TokenBuffer} until the kind is known; everything else streams.
 *
 * <p>Not thread-safe: one reader per document.
 */
final class WireReader {

  /** JSON's number grammar (RFC 8259), for decimals given as strings and numbers' text. */
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** An integer that fits an {@code int}, as a rank is written. */
  private static final Pattern SMALL_INTEGER = Pattern.compile("-?[0-9]{1,9}");

  /** Scales below this are out of okr4j's number domain, which the core's check would overflow on. */
  private static final int MIN_SCALE = -1000;

  /** The core's number domain in words (org.okr4j.internal.Numbers.DOMAIN is not exported). */
  private static final String NUMBER_DOMAIN = "|x| < 1E+30 with at most 30 decimals";

  private final DeserializationContext ctxt;
  private final Settings settings;
  private JsonParser p;
  private String base = "";
  private @Nullable JsonLocation location;
  private final ArrayList<Problem> problems = new ArrayList<>();
  private int count;
  private @Nullable Problem fatal;

  WireReader(JsonParser p, DeserializationContext ctxt, Settings settings) {
    this.p = p;
    this.ctxt = ctxt;
    this.settings = settings;
  }

  // ---------------------------------------------------------------- documents

  /** Reads a whole document of {@code kind}; the parser is at its first token. */
  <T> T readDocument(DocumentKind kind, Class<T> target) throws IOException {
    JsonParser root = p;
    Object value = null;
    JsonToken t = p.currentToken();
    if (t == START_OBJECT || t == JsonToken.FIELD_NAME) {
      Reading<?> reading = documentReading(kind);
      reading.envelope(kind);
      value = readObject(reading, t == START_OBJECT ? p.nextFieldName() : p.currentName());
    } else {
      wrong("an object (an " + Wire.FORMAT + " document)");
    }
    if (fatal != null) {
      throw new OkrInputException(root, target, List.of(fatal), 1);
    }
    if (count > 0) {
      throw new OkrInputException(root, target, problems, count);
    }
    if (value == null) {
      throw new IllegalStateException("no value and no problem reading " + kind.wireName());
    }
    return target.cast(value);
  }

  private Reading<?> documentReading(DocumentKind kind) {
    return switch (kind) {
      case OKR_SET -> new OkrSetReading();
      case CYCLE -> new CycleReading();
      case OBJECTIVE -> new ObjectiveReading();
      case KEY_RESULT -> new KeyResultReading();
      case CHECK_IN -> new CheckInReading();
      case SCORING_POLICY -> scoringPolicyReading.get();
      case ALIGNMENT_GRAPH -> alignmentGraphReading.get();
      case SCORECARD -> scorecardReading.get();
      case GRAPH_SCORECARD -> graphScorecardReading.get();
    };
  }

  // ---------------------------------------------------------------- the object driver

  /** The fields of one kind of object, each with its bit for duplicate detection. */
  static final class Shape {
    private final String what;
    private final Map<String, Integer> bits = new HashMap<>();
    private final String names;

    Shape(String what, String... names) {
      this.what = what;
      for (int i = 0; i < names.length; i++) {
        bits.put(names[i], 1 << i);
      }
      this.names = String.join(", ", names);
    }

    int bit(String name) {
      Integer bit = bits.get(name);
      return bit == null ? 0 : bit;
    }

    Shape withEnvelope() {
      String[] all = new String[bits.size() + 2];
      all[0] = "format";
      all[1] = "kind";
      int i = 2;
      for (String name : names.split(", ")) {
        all[i++] = name;
      }
      return new Shape(what, all);
    }
  }

  /**
   * The wire record of one object being read: its fields as read so far, which of them had
   * problems, and how to build the value through the core.
   */
  abstract class Reading<T> {
    Shape shape;
    int seen;
    boolean abort;
    @Nullable DocumentKind document;
    @Nullable Set<OkrPath> failed;

    Reading(Shape shape) {
      this.shape = shape;
    }

    /** Makes this the reading of a whole document, with the envelope's {@code format} and {@code kind}. */
    void envelope(DocumentKind kind) {
      this.document = kind;
      this.shape = shape.withEnvelope();
    }

    /** Reads the value of a known field; the parser is at the value. */
    abstract void field(String name) throws IOException;

    /**
     * Builds the value at the end of the object (the parser is at its {@code END_OBJECT}), reporting
     * the core's errors under the object's pointer.
     */
    abstract @Nullable T build();

    void fail(String name) {
      if (failed == null) {
        failed = new HashSet<>();
      }
      failed.add(OkrPath.of(name));
    }

    boolean has(String name) {
      return (seen & shape.bit(name)) != 0;
    }

    boolean failed(String name) {
      return failed != null && failed.contains(OkrPath.of(name));
    }

    /** Reports {@code okr.required} for a field this module needs itself, unless it had a problem. */
    void require(String name, @Nullable Object value) {
      if (value == null && !failed(name)) {
        add(Problem.of(new OkrError.Required(OkrPath.of(name)), pointer()));
      }
    }

    <V> @Nullable V take(Validation<Seq<OkrError>, V> result) {
      if (result.isValid()) {
        return result.get();
      }
      core(pointer(), result.getError(), failed);
      return null;
    }
  }

  private <T> @Nullable T readObject(Reading<T> r, @Nullable String first) throws IOException {
    int before = count;
    fields(r, first);
    if (r.document != null && !r.abort) {
      r.require("format", r.has("format") ? "" : null);
      r.require("kind", r.has("kind") ? "" : null);
    }
    T value = r.abort ? null : r.build();
    return count > before ? null : value;
  }

  private void fields(Reading<?> r, @Nullable String first) throws IOException {
    for (String name = first; name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (r.abort) {
        p.skipChildren();
        continue;
      }
      int bit = r.shape.bit(name);
      if (bit == 0) {
        if (!settings.ignoreUnknownFields()) {
          report(Wire.UNKNOWN_FIELD, "is not a field of " + r.shape.what + " (its fields are " + r.shape.names + ")");
        }
        p.skipChildren();
        continue;
      }
      if ((r.seen & bit) != 0) {
        report(Wire.DUPLICATE_FIELD, "appears more than once in " + r.shape.what);
        p.skipChildren();
        continue;
      }
      r.seen |= bit;
      int before = count;
      if (r.document != null && name.equals("format")) {
        envelopeFormat(r);
      } else if (r.document != null && name.equals("kind")) {
        envelopeKind(r, r.document);
      } else {
        r.field(name);
      }
      if (count > before) {
        r.fail(name);
      }
    }
  }

  private void envelopeFormat(Reading<?> r) throws IOException {
    String format = string();
    if (format != null && !format.equals(Wire.FORMAT)) {
      fatal = problem(Wire.UNSUPPORTED_FORMAT,
          "is " + quote(format) + ", but this reader supports only " + quote(Wire.FORMAT));
      r.abort = true;
    }
  }

  private void envelopeKind(Reading<?> r, DocumentKind expected) throws IOException {
    String kind = string();
    if (kind != null && !kind.equals(expected.wireName())) {
      fatal = problem(Wire.UNKNOWN_KIND, "is " + quote(kind) + ", but " + expected.description()
          + " is read from a document of kind " + quote(expected.wireName()));
      r.abort = true;
    }
  }

  /**
   * Reads an object whose {@code kind} picks its shape from an allow-list. The parser is at its
   * {@code START_OBJECT}; it ends at the matching {@code END_OBJECT}.
   */
  private <T> @Nullable T polymorphic(Map<String, Supplier<Reading<? extends T>>> kinds) throws IOException {
    if (p.currentToken() != START_OBJECT) {
      return wrong("an object");
    }
    int before = count;
    JsonParser outer = p;
    String outerBase = base;
    JsonLocation outerLocation = location;
    boolean buffered = false;
    String kind = null;
    boolean kindSeen = false;
    String name = p.nextFieldName();
    if ("kind".equals(name)) {
      p.nextToken();
      kind = string();
      kindSeen = true;
      name = p.nextFieldName();
    } else if (name != null) {
      // At the first FIELD_NAME: the object's own pointer is its parent context's.
      JsonStreamContext object = p.getParsingContext();
      String at = base + (object.getParent() == null ? object : object.getParent()).pathAsPointer();
      JsonLocation start = location();
      TokenBuffer buffer = new TokenBuffer((com.fasterxml.jackson.core.ObjectCodec) null, false);
      buffer.writeStartObject();
      for (; name != null; name = p.nextFieldName()) {
        if (!kindSeen && name.equals("kind")) {
          p.nextToken();
          kind = string();
          kindSeen = true;
        } else {
          copyField(buffer);
        }
      }
      buffer.writeEndObject();
      // A parser with no parent context: its pointers are relative to the object, under `base`;
      // its problems are located at the object's start.
      p = buffer.asParser(outer.streamReadConstraints());
      p.nextToken();
      location = start;
      base = at;
      buffered = true;
      name = p.nextFieldName();
    }
    try {
      T value = null;
      Supplier<Reading<? extends T>> shape = kind == null ? null : kinds.get(kind);
      if (shape == null) {
        JsonLocation kindLocation = location();
        for (; name != null; name = p.nextFieldName()) {
          p.nextToken();
          p.skipChildren();
        }
        // At the END_OBJECT now: pointer() is the object's.
        if (!kindSeen) {
          add(Problem.of(new OkrError.Required(OkrPath.of("kind")), pointer()));
        } else if (kind != null) {
          add(new Problem(Wire.UNKNOWN_KIND, pointer() + "/kind",
              "is " + quote(kind) + ", which is not one of " + String.join(", ", kinds.keySet()), kindLocation));
        }
      } else {
        Reading<? extends T> reading = shape.get();
        reading.seen |= reading.shape.bit("kind");
        value = readObject(reading, name);
      }
      return count > before ? null : value;
    } finally {
      if (buffered) {
        p.close();
        p = outer;
        base = outerBase;
        location = outerLocation;
      }
    }
  }

  /**
   * Copies the current field and its value into {@code buffer}, without recursion, keeping each
   * number's text as written so that no digit or trailing zero is lost.
   */
  private void copyField(TokenBuffer buffer) throws IOException {
    buffer.writeFieldName(p.currentName());
    p.nextToken();
    copyValue(buffer);
  }

  /**
   * Copies the current value into {@code buffer}, without recursion, keeping each number's text as
   * written; the parser ends at the value's last token.
   */
  private void copyValue(TokenBuffer buffer) throws IOException {
    int depth = 0;
    for (JsonToken t = p.currentToken(); t != null; t = p.nextToken()) {
      switch (t) {
        case START_OBJECT -> {
          buffer.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          buffer.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          buffer.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          buffer.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> buffer.writeFieldName(p.currentName());
        case VALUE_STRING -> buffer.writeString(p.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> buffer.writeNumber(p.getText());
        case VALUE_TRUE, VALUE_FALSE -> buffer.writeBoolean(t == JsonToken.VALUE_TRUE);
        default -> buffer.writeNull();
      }
      if (depth == 0) {
        return;
      }
    }
  }

  private <T> @Nullable T object(Supplier<Reading<T>> reading) throws IOException {
    if (p.currentToken() != START_OBJECT) {
      return wrong("an object");
    }
    return readObject(reading.get(), p.nextFieldName());
  }

  /** An element reader for {@link #array}. */
  interface Element<T> {
    @Nullable T read() throws IOException;
  }

  /** Reads an array of at most {@code max} elements; the rest are skipped and reported. */
  private <T> @Nullable List<@Nullable T> array(int max, String limit, Element<T> element) throws IOException {
    if (p.currentToken() != START_ARRAY) {
      return wrong("an array");
    }
    ArrayList<@Nullable T> list = new ArrayList<>();
    int i = 0;
    for (JsonToken t = p.nextToken(); t != END_ARRAY && t != null; t = p.nextToken(), i++) {
      if (i >= max) {
        if (i == max) {
          report(Wire.TOO_MANY, "is element " + (max + 1) + ", but an array holds at most " + max
              + " elements (raise the limit with OkrModule." + limit + ")");
        }
        p.skipChildren();
        continue;
      }
      list.add(element.read());
    }
    return list;
  }

  // ---------------------------------------------------------------- scalars

  private @Nullable String string() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return wrong("a string");
  }

  private @Nullable Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    return wrong("true or false");
  }

  private @Nullable BigDecimal decimal() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_STRING) {
      return wrong("a number");
    }
    int length = p.getTextLength();
    if (length > Wire.MAX_DECIMAL_LENGTH) {
      add(Problem.of(new OkrError.OutOfRange(OkrPath.root(), length + " characters long",
          "at most " + Wire.MAX_DECIMAL_LENGTH + " characters and " + NUMBER_DOMAIN), pointer()));
      return null;
    }
    String text = p.getText();
    // A JSON number token already has number syntax (a host's leniency features may add a sign or
    // drop a digit, which BigDecimal accepts); NaN and infinities do not.
    boolean syntax = t == JsonToken.VALUE_STRING || p.isNaN() ? DECIMAL.matcher(text).matches() : true;
    if (!syntax) {
      report(Wire.MALFORMED + "decimal", "is not a decimal number: " + quote(text));
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      value = null;
    }
    if (value == null || value.scale() < MIN_SCALE) {
      add(Problem.of(new OkrError.OutOfRange(OkrPath.root(), text, NUMBER_DOMAIN), pointer()));
      return null;
    }
    return value;
  }

  private @Nullable Integer rank() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_STRING) {
      return wrong("an integer");
    }
    String text = p.getTextLength() > 10 ? "" : p.getText();
    if (SMALL_INTEGER.matcher(text).matches()) {
      return Integer.valueOf(text);
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      add(Problem.of(new OkrError.OutOfRange(OkrPath.root(), shorten(p.getText()), "[0, " + Level.MAX_RANK + "]"),
          pointer()));
    } else {
      report(Wire.MALFORMED + "integer", "is not an integer: " + quote(p.getText()));
    }
    return null;
  }

  private @Nullable LocalDate date() throws IOException {
    return temporal(LocalDate::parse, "date", "an ISO-8601 date such as 2026-01-31");
  }

  private @Nullable Instant instant() throws IOException {
    return temporal(IsoInstants::parseAny, "instant", "an ISO-8601 instant such as 2026-01-31T09:00:00Z");
  }

  private @Nullable ZoneId zone() throws IOException {
    return temporal(ZoneId::of, "zone", "a time-zone id such as Z, +08:00 or Asia/Shanghai");
  }

  /**
   * Reads a string of at most {@link Wire#MAX_TEMPORAL_LENGTH} characters through {@code parse};
   * anything else is reported as {@code okr.json.malformed.<what>}.
   */
  private <V> @Nullable V temporal(Function<String, V> parse, String what, String expected) throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      if (text.length() <= Wire.MAX_TEMPORAL_LENGTH) {
        return parse.apply(text);
      }
    } catch (DateTimeException e) {
      // reported below
    }
    report(Wire.MALFORMED + what, "is not " + expected + ": " + quote(text));
    return null;
  }

  private <E> @Nullable E token(Map<String, E> allowed) throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    E value = allowed.get(text);
    if (value == null) {
      report(Wire.UNKNOWN_VALUE, "is " + quote(text) + ", which is not one of " + String.join(", ", allowed.keySet()));
    }
    return value;
  }

  /** Reports {@code okr.duplicate-id} for each repeated element of an array that is a set. */
  private void unique(List<? extends @Nullable Object> values, String arrayAt) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v != null && !seen.add(v)) {
        add(Problem.of(new OkrError.DuplicateId(OkrPath.root().index(i), v.toString()), arrayAt));
      }
    }
  }

  // ---------------------------------------------------------------- problems

  /** The JSON Pointer of the current value (or, at an end token, of the object or array it ends). */
  private String pointer() {
    JsonStreamContext context = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == START_OBJECT || t == START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return base + context.pathAsPointer();
  }

  /** Where the current token starts, or for a buffered object, where that object starts. */
  private JsonLocation location() {
    return location != null ? location : p.currentTokenLocation();
  }

  private Problem problem(String code, String message) {
    return new Problem(code, pointer(), message, location());
  }

  private void report(String code, String message) {
    add(problem(code, message));
  }

  private void add(Problem problem) {
    count++;
    if (problems.size() < OkrInputException.MAX_LISTED) {
      problems.add(problem);
    }
  }

  private <V> @Nullable V wrong(String expected) throws IOException {
    report(Wire.WRONG_TYPE, "must be " + expected + ", not " + describe(p.currentToken()));
    p.skipChildren();
    return null;
  }

  /** Reports the core's errors for the value at {@code at}, except those under a failed field. */
  private void core(String at, Seq<OkrError> errors, @Nullable Set<OkrPath> failed) {
    for (OkrError error : errors) {
      if (!under(error.path(), failed)) {
        add(Problem.of(error, at));
      }
    }
  }

  private static boolean under(OkrPath path, @Nullable Set<OkrPath> failed) {
    if (failed == null) {
      return false;
    }
    OkrPath prefix = OkrPath.root();
    for (String segment : path.segments()) {
      prefix = prefix.key(segment);
      if (failed.contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private static String quote(String text) {
    return "\"" + shorten(text) + "\"";
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  // ---------------------------------------------------------------- the model's wire records

  private static final Shape OKR_SET = new Shape("an OKR set", "cycles", "objectives");

  final class OkrSetReading extends Reading<OkrSet> {
    @Nullable List<@Nullable Cycle> cycles;
    @Nullable List<@Nullable Objective> objectives;

    OkrSetReading() {
      super(OKR_SET);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "cycles" -> cycles = array(settings.maxArrayLength(), "withMaxArrayLength",
            () -> object(CycleReading::new));
        default -> objectives = array(settings.maxObjectives(), "withMaxObjectives",
            () -> object(ObjectiveReading::new));
      }
    }

    @Override
    @Nullable OkrSet build() {
      if (failed != null) {
        return null;
      }
      return take(OkrSet.validate(cycles == null ? List.of() : cycles, objectives == null ? List.of() : objectives));
    }
  }

  private static final Shape CYCLE = new Shape("a cycle", "id", "name", "start", "end", "parent", "zone");

  final class CycleReading extends Reading<Cycle> {
    @Nullable String id;
    @Nullable String name;
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    @Nullable String parent;
    @Nullable ZoneId zone;

    CycleReading() {
      super(CYCLE);
    }

    @Override
    void field(String field) throws IOException {
      switch (field) {
        case "id" -> id = string();
        case "name" -> name = string();
        case "start" -> start = date();
        case "end" -> end = date();
        case "parent" -> parent = string();
        default -> zone = zone();
      }
    }

    @Override
    @Nullable Cycle build() {
      return take(Cycle.validate(id, name, start, end, parent, zone));
    }
  }

  private static final Shape OBJECTIVE = new Shape("an objective", "id", "title", "description", "owner", "cycle",
      "level", "type", "visibility", "keyResults", "tags");

  final class ObjectiveReading extends Reading<Objective> {
    final Objective.Builder builder = Objective.builder();

    ObjectiveReading() {
      super(OBJECTIVE);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "id" -> builder.id(string());
        case "title" -> builder.title(string());
        case "description" -> builder.description(string());
        case "owner" -> builder.owner(object(OwnerReading::new));
        case "cycle" -> builder.cycle(string());
        case "level" -> builder.level(object(LevelReading::new));
        case "type" -> builder.type(token(Wire.OBJECTIVE_TYPES));
        case "visibility" -> builder.visibility(polymorphic(visibilities));
        case "keyResults" -> {
          List<@Nullable KeyResult> krs = array(settings.maxArrayLength(), "withMaxArrayLength",
              () -> object(KeyResultReading::new));
          if (krs != null) {
            krs.forEach(kr -> builder.keyResult((KeyResult) kr));
          }
        }
        default -> {
          List<@Nullable String> tags = array(settings.maxArrayLength(), "withMaxArrayLength", WireReader.this::string);
          if (tags != null) {
            unique(tags, pointer());
            tags.forEach(builder::tag);
          }
        }
      }
    }

    @Override
    @Nullable Objective build() {
      return take(builder.build());
    }
  }

  private static final Shape KEY_RESULT = new Shape("a key result", "id", "title", "owner", "weight", "dueDate",
      "metric", "checkIns");

  final class KeyResultReading extends Reading<KeyResult> {
    final KeyResult.Builder builder = KeyResult.builder();

    KeyResultReading() {
      super(KEY_RESULT);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "id" -> builder.id(string());
        case "title" -> builder.title(string());
        case "owner" -> builder.owner(object(OwnerReading::new));
        case "weight" -> builder.weight(decimal());
        case "dueDate" -> builder.dueDate(date());
        case "metric" -> {
          Metric metric = polymorphic(metrics);
          if (metric != null) {
            builder.metric(metric);
          }
        }
        default -> {
          List<@Nullable CheckIn> checkIns = array(settings.maxArrayLength(), "withMaxArrayLength",
              () -> object(CheckInReading::new));
          if (checkIns != null) {
            checkIns.forEach(builder::checkIn);
          }
        }
      }
    }

    @Override
    @Nullable KeyResult build() {
      return take(builder.build());
    }
  }

  private static final Shape CHECK_IN = new Shape("a check-in", "instant", "data", "confidence", "note", "author");

  final class CheckInReading extends Reading<CheckIn> {
    @Nullable Instant instant;
    @Nullable CheckInData data;
    @Nullable Confidence confidence;
    @Nullable String note;
    @Nullable OwnerRef author;

    CheckInReading() {
      super(CHECK_IN);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "instant" -> instant = instant();
        case "data" -> data = polymorphic(dataKinds);
        case "confidence" -> {
          BigDecimal fraction = decimal();
          if (fraction != null) {
            confidence = take(Confidence.validate(fraction));
          }
        }
        case "note" -> note = string();
        default -> author = object(OwnerReading::new);
      }
    }

    @Override
    @Nullable CheckIn build() {
      return take(CheckIn.validate(instant, data, confidence, note, author));
    }
  }

  private static final Shape OWNER = new Shape("an owner", "kind", "id");

  final class OwnerReading extends Reading<OwnerRef> {
    @Nullable OwnerKind kind;
    @Nullable String id;

    OwnerReading() {
      super(OWNER);
    }

    @Override
    void field(String name) throws IOException {
      if (name.equals("kind")) {
        String text = string();
        if (text != null) {
          Either<OkrError, OwnerKind> parsed = OwnerKind.parse(text);
          if (parsed.isLeft()) {
            add(Problem.of(parsed.getLeft(), pointer()));
          } else {
            kind = parsed.get();
          }
        }
      } else {
        id = string();
      }
    }

    @Override
    @Nullable OwnerRef build() {
      return take(OwnerRef.validate(kind, id));
    }
  }

  private static final Shape LEVEL = new Shape("a level", "name", "rank");

  final class LevelReading extends Reading<Level> {
    @Nullable String name;
    @Nullable Integer rank;

    LevelReading() {
      super(LEVEL);
    }

    @Override
    void field(String field) throws IOException {
      if (field.equals("name")) {
        name = string();
      } else {
        rank = rank();
      }
    }

    @Override
    @Nullable Level build() {
      require("rank", rank);
      return take(Level.validate(name, rank == null ? 0 : rank));
    }
  }

  // ---------------------------------------------------------------- polymorphic values

  private static final Shape PUBLIC = new Shape("a public visibility", "kind");
  private static final Shape PRIVATE = new Shape("a private visibility", "kind");
  private static final Shape UNIT = new Shape("a unit", "kind");
  private static final Shape BINARY = new Shape("a binary metric", "kind");
  private static final Shape CURRENCY = new Shape("a currency unit", "kind", "code");
  private static final Shape CUSTOM = new Shape("a custom unit", "kind", "label");

  /** A polymorphic value that has only its {@code kind}. */
  final class Constant<T> extends Reading<T> {
    private final T value;

    Constant(Shape shape, T value) {
      super(shape);
      this.value = value;
    }

    @Override
    void field(String name) {
      // only "kind", which the polymorphic reader consumes
    }

    @Override
    T build() {
      return value;
    }
  }

  private final Map<String, Supplier<Reading<? extends Visibility>>> visibilities = new Kinds<Visibility>()
      .with("public", () -> new Constant<>(PUBLIC, Visibility.PUBLIC))
      .with("private", () -> new Constant<>(PRIVATE, Visibility.PRIVATE))
      .with("restricted", RestrictedReading::new)
      .map;

  private static final Shape RESTRICTED = new Shape("a restricted visibility", "kind", "principals");

  final class RestrictedReading extends Reading<Visibility> {
    @Nullable List<@Nullable OwnerRef> principals;

    RestrictedReading() {
      super(RESTRICTED);
    }

    @Override
    void field(String name) throws IOException {
      principals = array(settings.maxArrayLength(), "withMaxArrayLength", () -> object(OwnerReading::new));
      if (principals != null) {
        unique(principals, pointer());
      }
    }

    @Override
    @Nullable Visibility build() {
      return take(Visibility.restrictedTo(principals));
    }
  }

  private final Map<String, Supplier<Reading<? extends Unit>>> units = new Kinds<Unit>()
      .with("number", () -> new Constant<>(UNIT, Unit.NUMBER))
      .with("percent", () -> new Constant<>(UNIT, Unit.PERCENT))
      .with("percentage-points", () -> new Constant<>(UNIT, Unit.PERCENTAGE_POINTS))
      .with("count", () -> new Constant<>(UNIT, Unit.COUNT))
      .with("currency", () -> new LabelledUnitReading("code"))
      .with("custom", () -> new LabelledUnitReading("label"))
      .map;

  final class LabelledUnitReading extends Reading<Unit> {
    private final String labelField;
    @Nullable String label;

    LabelledUnitReading(String labelField) {
      super(labelField.equals("code") ? CURRENCY : CUSTOM);
      this.labelField = labelField;
    }

    @Override
    void field(String name) throws IOException {
      label = string();
    }

    @Override
    @Nullable Unit build() {
      return take(labelField.equals("code") ? Unit.validateCurrency(label) : Unit.validateCustom(label));
    }
  }

  private final Map<String, Supplier<Reading<? extends Target>>> targets = new Kinds<Target>()
      .with("absolute", () -> new TargetReading("absolute"))
      .with("points", () -> new TargetReading("points"))
      .with("relative", () -> new TargetReading("relative"))
      .map;

  private static final Shape TARGET = new Shape("a target", "kind", "amount");

  final class TargetReading extends Reading<Target> {
    private final String kind;
    @Nullable BigDecimal amount;

    TargetReading(String kind) {
      super(TARGET);
      this.kind = kind;
    }

    @Override
    void field(String name) throws IOException {
      amount = decimal();
    }

    @Override
    @Nullable Target build() {
      require("amount", amount);
      if (amount == null) {
        return null;
      }
      return switch (kind) {
        case "absolute" -> Target.absolute(amount);
        case "points" -> Target.points(amount);
        default -> Target.relative(amount);
      };
    }
  }

  private final Map<String, Supplier<Reading<? extends Metric>>> metrics = new Kinds<Metric>()
      .with("linear", LinearReading::new)
      .with("threshold", () -> new ComparedReading("threshold"))
      .with("range", RangeReading::new)
      .with("binary", () -> new Constant<>(BINARY, BinaryMetric.INSTANCE))
      .with("milestones", MilestonesReading::new)
      .with("recurring", RecurringReading::new)
      .with("aggregate", () -> new ComparedReading("aggregate"))
      .with("ordinal", OrdinalReading::new)
      .map;

  private static final Shape LINEAR = new Shape("a linear metric", "kind", "unit", "baseline", "target", "commit",
      "stretch");

  final class LinearReading extends Reading<LinearMetric> {
    @Nullable Unit unit;
    @Nullable BigDecimal baseline;
    @Nullable Target target;
    @Nullable BigDecimal commit;
    @Nullable BigDecimal stretch;

    LinearReading() {
      super(LINEAR);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "unit" -> unit = polymorphic(units);
        case "baseline" -> baseline = decimal();
        case "commit" -> commit = decimal();
        case "stretch" -> stretch = decimal();
        default -> target = polymorphic(targets);
      }
    }

    @Override
    @Nullable LinearMetric build() {
      return take(LinearMetric.validate(unit, baseline, target, commit, stretch));
    }
  }

  private static final Shape THRESHOLD = new Shape("a threshold metric", "kind", "unit", "comparison", "threshold");
  private static final Shape AGGREGATE = new Shape("an aggregate metric", "kind", "unit", "comparison", "target",
      "baseline");

  /** A threshold or aggregate metric: a unit, a comparison and numbers. */
  final class ComparedReading extends Reading<Metric> {
    private final boolean aggregate;
    @Nullable Unit unit;
    @Nullable Comparison comparison;
    @Nullable BigDecimal threshold;
    @Nullable BigDecimal baseline;

    ComparedReading(String kind) {
      super(kind.equals("aggregate") ? AGGREGATE : THRESHOLD);
      this.aggregate = kind.equals("aggregate");
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "unit" -> unit = polymorphic(units);
        case "comparison" -> comparison = token(Wire.COMPARISONS);
        case "baseline" -> baseline = decimal();
        default -> threshold = decimal();
      }
    }

    @Override
    @Nullable Metric build() {
      if (aggregate) {
        return take(AggregateMetric.validate(unit, comparison, threshold, baseline));
      }
      return take(ThresholdMetric.validate(unit, comparison, threshold));
    }
  }

  private static final Shape RANGE = new Shape("a range metric", "kind", "unit", "lower", "upper");

  final class RangeReading extends Reading<RangeMetric> {
    @Nullable Unit unit;
    @Nullable BigDecimal lower;
    @Nullable BigDecimal upper;

    RangeReading() {
      super(RANGE);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "unit" -> unit = polymorphic(units);
        case "lower" -> lower = decimal();
        default -> upper = decimal();
      }
    }

    @Override
    @Nullable RangeMetric build() {
      return take(RangeMetric.validate(unit, lower, upper));
    }
  }

  private static final Shape MILESTONES = new Shape("a milestone metric", "kind", "milestones");

  final class MilestonesReading extends Reading<MilestoneMetric> {
    @Nullable List<@Nullable Milestone> milestones;

    MilestonesReading() {
      super(MILESTONES);
    }

    @Override
    void field(String name) throws IOException {
      milestones = array(settings.maxArrayLength(), "withMaxArrayLength", () -> object(MilestoneReading::new));
    }

    @Override
    @Nullable MilestoneMetric build() {
      return take(MilestoneMetric.validate(milestones));
    }
  }

  private static final Shape MILESTONE = new Shape("a milestone", "id", "title", "weight");

  final class MilestoneReading extends Reading<Milestone> {
    @Nullable String id;
    @Nullable String title;
    @Nullable BigDecimal weight;

    MilestoneReading() {
      super(MILESTONE);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "id" -> id = string();
        case "title" -> title = string();
        default -> weight = decimal();
      }
    }

    @Override
    @Nullable Milestone build() {
      return take(Milestone.validate(id, title, has("weight") ? weight : BigDecimal.ONE));
    }
  }

  private static final Shape RECURRING = new Shape("a recurring metric", "kind", "unit", "period", "perPeriod");

  final class RecurringReading extends Reading<RecurringMetric> {
    @Nullable Unit unit;
    @Nullable Period period;
    @Nullable BigDecimal perPeriod;

    RecurringReading() {
      super(RECURRING);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "unit" -> unit = polymorphic(units);
        case "period" -> period = token(Wire.PERIODS);
        default -> perPeriod = decimal();
      }
    }

    @Override
    @Nullable RecurringMetric build() {
      return take(RecurringMetric.validate(unit, period, perPeriod));
    }
  }

  private static final Shape ORDINAL = new Shape("an ordinal metric", "kind", "scores", "descriptions");
  private static final Shape ZONE_SCORES = new Shape("zone scores", "fail", "commit", "target", "stretch");
  private static final Shape ZONE_DESCRIPTIONS = new Shape("zone descriptions", "fail", "commit", "target", "stretch");

  /** An ordinal metric: optional scores per zone (default 0 / 0.3 / 0.7 / 1) and descriptions. */
  final class OrdinalReading extends Reading<OrdinalMetric> {
    io.vavr.collection.@Nullable Map<Zone, BigDecimal> scores;
    io.vavr.collection.@Nullable Map<Zone, String> descriptions;

    OrdinalReading() {
      super(ORDINAL);
    }

    @Override
    void field(String name) throws IOException {
      if (name.equals("scores")) {
        scores = object(() -> new ZonesReading<>(ZONE_SCORES, WireReader.this::decimal));
      } else {
        descriptions = object(() -> new ZonesReading<>(ZONE_DESCRIPTIONS, WireReader.this::string));
      }
    }

    @Override
    @Nullable OrdinalMetric build() {
      if (failed("scores") || failed("descriptions")) {
        return null;
      }
      return take(OrdinalMetric.validate(has("scores") ? scores : OrdinalMetric.DEFAULT_SCORES, descriptions));
    }
  }

  /** An object keyed by zone ({@code fail}, {@code commit}, {@code target}, {@code stretch}). */
  final class ZonesReading<V> extends Reading<io.vavr.collection.Map<Zone, V>> {
    private final Element<V> value;
    private io.vavr.collection.Map<Zone, V> read = io.vavr.collection.TreeMap.empty();

    ZonesReading(Shape shape, Element<V> value) {
      super(shape);
      this.value = value;
    }

    @Override
    void field(String name) throws IOException {
      V v = value.read();
      if (v != null) {
        read = read.put(Wire.ZONES.get(name), v);
      }
    }

    @Override
    io.vavr.collection.Map<Zone, V> build() {
      return read;
    }
  }

  private final Map<String, Supplier<Reading<? extends CheckInData>>> dataKinds = new Kinds<CheckInData>()
      .with("measurement", () -> new DataReading("measurement"))
      .with("completion", () -> new DataReading("completion"))
      .with("milestones", () -> new DataReading("milestones"))
      .with("period", () -> new DataReading("period"))
      .with("items", () -> new DataReading("items"))
      .with("zone", () -> new DataReading("zone"))
      .map;

  private static final Map<String, Shape> DATA_SHAPES = Map.of(
      "measurement", new Shape("measurement data", "kind", "value"),
      "completion", new Shape("completion data", "kind", "done"),
      "milestones", new Shape("milestones data", "kind", "done"),
      "period", new Shape("period data", "kind", "period", "value"),
      "items", new Shape("items data", "kind", "items"),
      "zone", new Shape("zone data", "kind", "zone"));

  final class DataReading extends Reading<CheckInData> {
    private final String kind;
    @Nullable BigDecimal value;
    @Nullable Boolean completed;
    @Nullable List<@Nullable String> done;
    @Nullable LocalDate period;
    @Nullable List<CheckInData.@Nullable Item> items;
    @Nullable Zone zone;

    DataReading(String kind) {
      super(DATA_SHAPES.get(kind));
      this.kind = kind;
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "value" -> value = decimal();
        case "period" -> period = date();
        case "items" -> items = array(settings.maxArrayLength(), "withMaxArrayLength", () -> object(ItemReading::new));
        case "zone" -> zone = token(Wire.ZONES);
        default -> {
          if (kind.equals("completion")) {
            completed = bool();
          } else {
            done = array(settings.maxArrayLength(), "withMaxArrayLength", WireReader.this::string);
            if (done != null) {
              unique(done, pointer());
            }
          }
        }
      }
    }

    @Override
    @Nullable CheckInData build() {
      switch (kind) {
        case "measurement" -> {
          require("value", value);
          return value == null ? null : new CheckInData.Measurement(value);
        }
        case "completion" -> {
          require("done", completed);
          return completed == null ? null : new CheckInData.Completion(completed);
        }
        case "milestones" -> {
          require("done", done);
          return done == null || failed("done") ? null
              : new CheckInData.MilestonesDone(io.vavr.collection.TreeSet.ofAll(done));
        }
        case "period" -> {
          require("period", period);
          require("value", value);
          return period == null || value == null ? null : new CheckInData.PeriodValue(period, value);
        }
        case "zone" -> {
          require("zone", zone);
          return zone == null ? null : new CheckInData.ZoneReached(zone);
        }
        default -> {
          require("items", items);
          return items == null || failed("items") ? null
              : new CheckInData.ItemValues(io.vavr.collection.List.ofAll(items));
        }
      }
    }
  }

  private static final Shape ITEM = new Shape("an item", "key", "numerator", "denominator");

  final class ItemReading extends Reading<CheckInData.Item> {
    @Nullable String key;
    @Nullable BigDecimal numerator;
    @Nullable BigDecimal denominator;

    ItemReading() {
      super(ITEM);
    }

    @Override
    void field(String name) throws IOException {
      switch (name) {
        case "key" -> key = string();
        case "numerator" -> numerator = decimal();
        default -> denominator = decimal();
      }
    }

    @Override
    CheckInData.@Nullable Item build() {
      require("key", key);
      require("numerator", numerator);
      require("denominator", denominator);
      if (key == null || numerator == null || denominator == null) {
        return null;
      }
      return new CheckInData.Item(key, numerator, denominator);
    }
  }

  // ---------------------------------------------------------------- alignment graphs

  private final Supplier<Reading<AlignmentPolicy>> alignmentPolicyReading = new FieldsSpec<AlignmentPolicy>(
      "an alignment policy")
      .required("parents", () -> token(Wire.PARENT_RULES))
      .required("levels", () -> token(Wire.LEVEL_RULES))
      .required("cycles", () -> token(Wire.CYCLE_RULES))
      .build(f -> f.take(AlignmentPolicy.validate(f.get("parents"), f.get("levels"), f.get("cycles"))));

  private final Supplier<Reading<NodeRef>> nodeReading = new FieldsSpec<NodeRef>("a node")
      .required("kind", () -> token(Wire.NODE_KINDS))
      .required("id", this::string)
      .build(f -> {
        boolean objective = "objective".equals(f.get("kind"));
        Either<OkrError, ? extends NodeRef> node = objective
            ? ObjectiveId.parse(f.get("id")).map(NodeRef.OfObjective::new)
            : KeyResultId.parse(f.get("id")).map(NodeRef.OfKeyResult::new);
        if (node.isLeft()) {
          add(Problem.of(node.getLeft(), pointer() + "/id"));
          return null;
        }
        return node.get();
      });

  private final Supplier<Reading<Link>> linkReading = new FieldsSpec<Link>("a link")
      .required("child", () -> object(nodeReading))
      .required("parent", () -> object(nodeReading))
      .required("kind", () -> token(Wire.LINK_KINDS))
      .optional("weight", this::decimal)
      .build(f -> f.take(Link.validate(f.get("child"), f.get("parent"), f.get("kind"), f.get("weight"))));

  private final Supplier<Reading<AlignmentGraph>> alignmentGraphReading = new FieldsSpec<AlignmentGraph>(
      "an alignment graph")
      .required("set", () -> object(OkrSetReading::new))
      .required("policy", () -> object(alignmentPolicyReading))
      .required("links", listOf(linkReading))
      .build(f -> f.take(AlignmentGraph.build(f.get("set"), f.get("policy"), present(f.get("links")))));

  // ---------------------------------------------------------------- scoring policies

  /**
   * An object read field by field into a map, each field by its own element reader, and built at
   * its end through the core. Every field is required unless listed as optional; the builder runs
   * only when every field was read without a problem, and an {@link OkrException} it throws is
   * reported as the core's errors under the object's pointer.
   */
  final class Fields<T> extends Reading<T> {
    private final Map<String, Element<?>> readers;
    private final Set<String> optional;
    private final Function<Fields<T>, @Nullable T> builder;
    private final HashMap<String, Object> values = new HashMap<>();

    Fields(Shape shape, Map<String, Element<?>> readers, Set<String> optional, Function<Fields<T>, @Nullable T> builder) {
      super(shape);
      this.readers = readers;
      this.optional = optional;
      this.builder = builder;
    }

    @Override
    void field(String name) throws IOException {
      Element<?> reader = readers.get(name);
      Object value = reader == null ? null : reader.read();
      if (value != null) {
        values.put(name, value);
      }
    }

    @SuppressWarnings("unchecked")
    <V> V get(String name) {
      return (V) values.get(name);
    }

    boolean present(String name) {
      return values.containsKey(name);
    }

    @Override
    @Nullable T build() {
      boolean complete = true;
      for (String name : readers.keySet()) {
        if (!optional.contains(name) && !values.containsKey(name)) {
          require(name, null);
          complete = false;
        }
      }
      if (!complete || failed != null) {
        return null;
      }
      try {
        return builder.apply(this);
      } catch (OkrException e) {
        core(pointer(), e.errors(), failed);
        return null;
      }
    }
  }

  /** Describes one {@link Fields} object: its name in words, its fields in order and its builder. */
  final class FieldsSpec<T> {
    private final String what;
    private final LinkedHashMap<String, Element<?>> readers = new LinkedHashMap<>();
    private final Set<String> optional = new HashSet<>();
    private @Nullable Shape shape;
    private @Nullable Function<Fields<T>, @Nullable T> builder;

    FieldsSpec(String what) {
      this.what = what;
    }

    FieldsSpec<T> required(String name, Element<?> reader) {
      readers.put(name, reader);
      return this;
    }

    FieldsSpec<T> optional(String name, Element<?> reader) {
      readers.put(name, reader);
      optional.add(name);
      return this;
    }

    Supplier<Reading<T>> build(Function<Fields<T>, @Nullable T> build) {
      this.builder = build;
      this.shape = new Shape(what, readers.keySet().toArray(new String[0]));
      return () -> new Fields<>(shape, readers, optional, builder);
    }
  }

  private @Nullable Integer days() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_STRING) {
      return wrong("an integer");
    }
    String text = p.getTextLength() > 10 ? "" : p.getText();
    if (SMALL_INTEGER.matcher(text).matches()) {
      return Integer.valueOf(text);
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      add(Problem.of(new OkrError.OutOfRange(OkrPath.root(), shorten(p.getText()), "an int"), pointer()));
    } else {
      report(Wire.MALFORMED + "integer", "is not an integer: " + quote(p.getText()));
    }
    return null;
  }

  private int maxArrayLength() {
    return settings.maxArrayLength();
  }

  private <E> Element<List<@Nullable E>> listOf(Supplier<Reading<E>> element) {
    return () -> array(settings.maxArrayLength(), "withMaxArrayLength", () -> object(element));
  }

  private static <E> List<E> present(List<@Nullable E> list) {
    List<E> out = new ArrayList<>(list.size());
    for (E e : list) {
      out.add(java.util.Objects.requireNonNull(e));
    }
    return out;
  }

  private final Supplier<Reading<Cap>> capReading = new FieldsSpec<Cap>("a cap")
      .optional("floor", this::decimal)
      .optional("ceiling", this::decimal)
      .build(f -> f.take(Cap.validate(f.get("floor"), f.get("ceiling"))));

  private final Supplier<Reading<StretchPolicy>> stretchReading = new FieldsSpec<StretchPolicy>("a stretch policy")
      .required("commitFraction", this::decimal)
      .required("targetFraction", this::decimal)
      .required("reference", () -> token(Wire.REFERENCES))
      .required("belowBaseline", () -> token(Wire.BELOW_BASELINES))
      .build(f -> f.take(StretchPolicy.validate(f.get("commitFraction"), f.get("targetFraction"),
          f.get("reference"), f.get("belowBaseline"))));

  private final Supplier<Reading<ProgressPolicy>> progressReading = new FieldsSpec<ProgressPolicy>("a progress policy")
      .required("linearRule", () -> token(Wire.LINEAR_RULES))
      .required("cap", () -> object(capReading))
      .required("thresholdEquality", () -> token(Wire.THRESHOLD_EQUALITIES))
      .required("controlMethod", () -> token(Wire.CONTROL_METHODS))
      .required("controlGrading", () -> token(Wire.CONTROL_GRADINGS))
      .required("cadence", () -> token(Wire.PERIODS))
      .required("periodBasis", () -> token(Wire.PERIOD_BASES))
      .required("milestoneWeighting", () -> token(Wire.MILESTONE_WEIGHTINGS))
      .required("recurring", () -> token(Wire.RECURRING_AGGREGATIONS))
      .required("aggregate", () -> token(Wire.AGGREGATE_METHODS))
      .required("noCheckIn", () -> token(Wire.NO_CHECK_INS))
      .optional("stretch", () -> object(stretchReading))
      .build(f -> ProgressPolicy.defaults()
          .withStretch(io.vavr.control.Option.of(f.<StretchPolicy>get("stretch")))
          .withLinearRule(f.get("linearRule"))
          .withCap(f.get("cap"))
          .withThresholdEquality(f.get("thresholdEquality"))
          .withControlMethod(f.get("controlMethod"))
          .withControlGrading(f.get("controlGrading"))
          .withCadence(f.get("cadence"))
          .withPeriodBasis(f.get("periodBasis"))
          .withMilestoneWeighting(f.get("milestoneWeighting"))
          .withRecurring(f.get("recurring"))
          .withAggregate(f.get("aggregate"))
          .withNoCheckIn(f.get("noCheckIn")));

  private final Supplier<Reading<RollUpPolicy>> rollUpReading = new FieldsSpec<RollUpPolicy>("a roll-up policy")
      .required("method", () -> token(Wire.ROLL_UP_METHODS))
      .required("missing", () -> token(Wire.MISSING))
      .required("cap", () -> object(capReading))
      .required("children", () -> token(Wire.CHILDREN))
      .build(f -> RollUpPolicy.defaults()
          .withMethod(f.get("method"))
          .withMissing(f.get("missing"))
          .withCap(f.get("cap"))
          .withChildren(f.get("children")));

  private final Supplier<Reading<Band>> bandReading = new FieldsSpec<Band>("a band")
      .required("label", this::string)
      .required("colour", () -> token(Wire.COLOURS))
      .optional("lowerBound", this::decimal)
      .required("inclusive", this::bool)
      .build(f -> f.take(Band.validate(f.get("label"), f.get("colour"), f.get("lowerBound"),
          f.<Boolean>get("inclusive"))));

  private static final Shape CONTINUOUS = new Shape("a continuous grade scale", "kind");
  private static final Shape TENTHS = new Shape("a grade scale in tenths", "kind");

  private final Map<String, Supplier<Reading<? extends GradeScale>>> scales = new Kinds<GradeScale>()
      .with("continuous", () -> new Constant<>(CONTINUOUS, GradeScale.continuous()))
      .with("tenths", () -> new Constant<>(TENTHS, GradeScale.tenths()))
      .with("levels", new FieldsSpec<GradeScale>("a grade scale of levels")
          .optional("kind", () -> null)
          .required("levels", () -> array(maxArrayLength(), "withMaxArrayLength", this::decimal))
          .build(f -> f.take(GradeScale.validateLevels(present(f.get("levels")))))::get)
      .map;

  private final Supplier<Reading<GradingPolicy>> gradingReading = new FieldsSpec<GradingPolicy>("a grading policy")
      .required("scale", () -> polymorphic(scales))
      .required("bands", listOf(bandReading))
      .required("committedTarget", this::decimal)
      .required("sweetSpotLow", this::decimal)
      .required("sweetSpotHigh", this::decimal)
      .build(f -> {
        Bands bands = f.take(Bands.validate(present(f.get("bands"))));
        if (bands == null) {
          return null;
        }
        GradingPolicy base = GradingPolicy.defaults().withScale(f.get("scale")).withBands(bands)
            .withCommittedTarget(f.get("committedTarget"));
        return f.take(base.validateSweetSpot(f.get("sweetSpotLow"), f.get("sweetSpotHigh")));
      });

  private final Supplier<Reading<Phase>> phaseReading = new FieldsSpec<Phase>("a phase")
      .required("due", this::date)
      .required("expected", this::decimal)
      .build(f -> f.take(Phase.validate(f.get("due"), f.get("expected"))));

  /** One key result's phases, checked by the core on their own. */
  record Phased(KeyResultId keyResult, List<Phase> phases) {}

  private final Supplier<Reading<Phased>> phasedReading = new FieldsSpec<Phased>("the phases of a key result")
      .required("keyResult", this::string)
      .required("phases", listOf(phaseReading))
      .build(f -> {
        Either<OkrError, KeyResultId> parsed = KeyResultId.parse(f.get("keyResult"));
        if (parsed.isLeft()) {
          add(Problem.of(parsed.getLeft(), pointer() + "/keyResult"));
          return null;
        }
        KeyResultId id = parsed.get();
        List<Phase> phases = present(f.get("phases"));
        return f.take(ExpectedProgress.linear().validatePhases(id, phases)) == null ? null : new Phased(id, phases);
      });

  private final Supplier<Reading<ExpectedProgress>> expectedReading = new FieldsSpec<ExpectedProgress>(
      "an expected progress")
      .required("dayCount", () -> token(Wire.DAY_COUNTS))
      .required("phases", () -> {
        List<@Nullable Phased> list = listOf(phasedReading).read();
        if (list != null) {
          List<@Nullable KeyResultId> ids = new ArrayList<>();
          for (Phased phased : list) {
            ids.add(phased == null ? null : phased.keyResult());
          }
          int before = count;
          unique(ids, pointer());
          if (count > before) {
            return null;
          }
        }
        return list;
      })
      .build(f -> {
        ExpectedProgress expected = ExpectedProgress.linear().withDayCount(f.get("dayCount"));
        for (Phased phased : present(f.<List<@Nullable Phased>>get("phases"))) {
          expected = expected.withPhases(phased.keyResult(), phased.phases());
        }
        return expected;
      });

  private final Supplier<Reading<StatusRule.Step>> stepReading = new FieldsSpec<StatusRule.Step>("a status step")
      .required("bound", this::decimal)
      .required("status", () -> token(Wire.STATUSES))
      .build(f -> new StatusRule.Step(f.get("bound"), f.get("status")));

  private final Supplier<Reading<StatusRule>> ruleReading = new FieldsSpec<StatusRule>("a status rule")
      .required("kind", () -> token(Wire.STATUS_RULE_KINDS))
      .required("steps", listOf(stepReading))
      .required("otherwise", () -> token(Wire.STATUSES))
      .build(f -> f.take(StatusRule.validate(f.get("kind"), present(f.get("steps")), f.get("otherwise"))));

  private final Supplier<Reading<StatusPolicy>> statusReading = new FieldsSpec<StatusPolicy>("a status policy")
      .required("expected", () -> object(expectedReading))
      .required("rule", () -> object(ruleReading))
      .required("achievedAtOne", this::bool)
      .required("binaryStatus", () -> token(Wire.BINARY_STATUSES))
      .optional("rangeTolerance", this::decimal)
      .optional("staleAfterDays", this::days)
      .optional("neverUpdatedAfter", this::decimal)
      .required("staleStatus", () -> token(Wire.STATUSES))
      .required("objectiveStatus", () -> token(Wire.STATUS_ROLL_UPS))
      .build(f -> {
        StatusPolicy s = StatusPolicy.defaults()
            .withExpected(f.get("expected"))
            .withRule(f.get("rule"))
            .withAchievedAtOne(f.<Boolean>get("achievedAtOne"))
            .withBinaryStatus(f.get("binaryStatus"))
            .withStaleStatus(f.get("staleStatus"))
            .withObjectiveStatus(f.get("objectiveStatus"));
        s = f.present("rangeTolerance") ? s.withRangeTolerance(f.get("rangeTolerance")) : s.withoutRangeTolerance();
        s = f.present("staleAfterDays") ? s.withStaleAfterDays(f.<Integer>get("staleAfterDays"))
            : s.withoutStaleAfterDays();
        return f.present("neverUpdatedAfter") ? s.withNeverUpdatedAfter(f.get("neverUpdatedAfter"))
            : s.withoutNeverUpdatedRule();
      });

  private final Supplier<Reading<ForecastPolicy>> forecastReading = new FieldsSpec<ForecastPolicy>("a forecast policy")
      .required("method", () -> token(Wire.FORECAST_METHODS))
      .required("willMissBelow", this::decimal)
      .build(f -> ForecastPolicy.defaults().withMethod(f.get("method")).withWillMissBelow(f.get("willMissBelow")));

  private final Supplier<Reading<ConfidencePolicy>> confidenceReading = new FieldsSpec<ConfidencePolicy>(
      "a confidence policy")
      .required("aggregation", () -> token(Wire.CONFIDENCE_AGGREGATIONS))
      .optional("initial", this::decimal)
      .required("clearWhenDone", this::bool)
      .required("bands", listOf(bandReading))
      .build(f -> {
        Bands bands = f.take(Bands.validate(present(f.get("bands"))));
        Confidence initial = null;
        if (f.present("initial")) {
          Validation<Seq<OkrError>, Confidence> checked = Confidence.validate(f.get("initial"));
          if (checked.isInvalid()) {
            core(pointer(), checked.getError().map(e -> e.withPath(OkrPath.of("initial").resolve(e.path()))), null);
            return null;
          }
          initial = checked.get();
        }
        if (bands == null) {
          return null;
        }
        ConfidencePolicy c = ConfidencePolicy.defaults().withAggregation(f.get("aggregation"))
            .withClearWhenDone(f.<Boolean>get("clearWhenDone")).withBands(bands);
        return initial == null ? c.withoutInitial() : c.withInitial(initial);
      });

  private final Supplier<Reading<ScoringPolicy>> scoringPolicyReading = new FieldsSpec<ScoringPolicy>(
      "a scoring policy")
      .required("progress", () -> object(progressReading))
      .required("rollUp", () -> object(rollUpReading))
      .required("grading", () -> object(gradingReading))
      .required("status", () -> object(statusReading))
      .required("forecast", () -> object(forecastReading))
      .required("confidence", () -> object(confidenceReading))
      .build(f -> ScoringPolicy.defaults()
          .withProgress(f.get("progress"))
          .withRollUp(f.get("rollUp"))
          .withGrading(f.get("grading"))
          .withStatus(f.get("status"))
          .withForecast(f.get("forecast"))
          .withConfidence(f.get("confidence")));


  // ---------------------------------------------------------------- scorecards

  /** The alignment a scorecard was rolled up through: an alignment graph without its set. */
  record Alignment(AlignmentPolicy policy, List<Link> links) {}

  /** A document's scores, copied token by token as written, and the JSON Pointer of their array. */
  record Scores(TokenBuffer tokens, String at) {}

  private final Supplier<Reading<Alignment>> alignmentReading = new FieldsSpec<Alignment>("an alignment")
      .required("policy", () -> object(alignmentPolicyReading))
      .required("links", listOf(linkReading))
      .build(f -> new Alignment(f.get("policy"), present(f.get("links"))));

  /** The fields of a scorecard document; {@code alignment} is required for a {@link GraphScorecard}. */
  private <T> FieldsSpec<T> scorecardSpec(String what, boolean rolledUp) {
    FieldsSpec<T> spec = new FieldsSpec<T>(what)
        .required("asOf", this::instant)
        .required("policy", () -> object(scoringPolicyReading))
        .required("set", () -> object(OkrSetReading::new));
    Element<Alignment> alignment = () -> object(alignmentReading);
    return (rolledUp ? spec.required("alignment", alignment) : spec.optional("alignment", alignment))
        .required("objectives", this::scores);
  }

  /**
   * A scorecard is read by scoring the document's set under its policy at its {@code asOf} (rolled up
   * through its alignment, if any) and returned only if the scores written for it are exactly the
   * document's scores.
   */
  private final Supplier<Reading<Scorecard>> scorecardReading = this.<Scorecard>scorecardSpec("a scorecard", false)
      .build(f -> {
        if (!f.present("alignment")) {
          return checked(f.get("objectives"), Scorer.evaluate(f.get("set"), f.get("policy"), f.get("asOf")));
        }
        GraphScorecard scores = rollUp(f);
        return scores == null ? null : checked(f.get("objectives"), scores.scorecard());
      });

  private final Supplier<Reading<GraphScorecard>> graphScorecardReading = this.<GraphScorecard>scorecardSpec(
      "a scorecard rolled up through an alignment graph", true)
      .build(f -> {
        GraphScorecard scores = rollUp(f);
        return scores == null || checked(f.get("objectives"), scores.scorecard()) == null ? null : scores;
      });

  /** Builds the document's alignment graph and rolls the set's scores up through it. */
  private @Nullable GraphScorecard rollUp(Fields<?> f) {
    Alignment alignment = f.get("alignment");
    Validation<Seq<OkrError>, AlignmentGraph> graph =
        AlignmentGraph.build(f.get("set"), alignment.policy(), alignment.links());
    if (graph.isInvalid()) {
      core(pointer() + "/alignment", graph.getError(), null);
      return null;
    }
    return GraphScorecard.evaluate(graph.get(), f.get("policy"), f.get("asOf"));
  }

  /** Copies a document's scores as written, to compare them once the scorecard is computed. */
  private @Nullable Scores scores() throws IOException {
    if (p.currentToken() != START_ARRAY) {
      return wrong("an array");
    }
    String at = pointer();
    TokenBuffer tokens = new TokenBuffer((com.fasterxml.jackson.core.ObjectCodec) null, false);
    copyValue(tokens);
    return new Scores(tokens, at);
  }

  /**
   * Returns {@code card} if the document's scores are what okr4j writes for it, token by token
   * (whitespace aside, and a decimal matching a number or a string of the same text); otherwise
   * reports {@code okr.json.scorecard-mismatch} at the first difference and returns {@code null}.
   */
  private @Nullable Scorecard checked(Scores scores, Scorecard card) {
    TokenBuffer expected = new TokenBuffer((com.fasterxml.jackson.core.ObjectCodec) null, false);
    try {
      try {
        new WireWriter(expected, Settings.DEFAULTS).scores(card);
      } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
        // Only an explanation deeper than the format writes: no document could hold these scores.
        add(new Problem(Wire.TOO_DEEP, scores.at(), "the scores of this set nest an explanation more than "
            + Wire.MAX_EXPLANATION_DEPTH + " levels deep, which " + Wire.FORMAT + " does not write", null));
        return null;
      }
      try (JsonParser want = expected.asParser(); JsonParser got = scores.tokens().asParser(p.streamReadConstraints())) {
        for (;;) {
          JsonToken w = want.nextToken();
          JsonToken h = got.nextToken();
          if (w == null && h == null) {
            return card;
          }
          if (!same(w, want, h, got)) {
            add(new Problem(Wire.SCORECARD_MISMATCH, scores.at() + at(got), "is " + show(h, got)
                + ", but scoring the document's set under its policy at its asOf gives " + show(w, want), null));
            return null;
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean same(@Nullable JsonToken w, JsonParser want, @Nullable JsonToken h, JsonParser got)
      throws IOException {
    if (w == null || h == null) {
      return false;
    }
    boolean number = w == JsonToken.VALUE_NUMBER_INT || w == JsonToken.VALUE_NUMBER_FLOAT;
    if (number) {
      return (h == JsonToken.VALUE_NUMBER_INT || h == JsonToken.VALUE_NUMBER_FLOAT || h == JsonToken.VALUE_STRING)
          && want.getText().equals(got.getText());
    }
    if (w != h) {
      return false;
    }
    return switch (w) {
      case FIELD_NAME -> want.currentName().equals(got.currentName());
      case VALUE_STRING -> want.getText().equals(got.getText());
      default -> true;
    };
  }

  /** The pointer of the current token of a copy, relative to the copied array. */
  private static String at(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken t = parser.currentToken();
    if ((t == START_OBJECT || t == START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  private static String show(@Nullable JsonToken t, JsonParser parser) throws IOException {
    if (t == null) {
      return "the end of the scores";
    }
    return switch (t) {
      case FIELD_NAME -> "field " + quote(parser.currentName());
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case VALUE_STRING -> quote(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> shorten(parser.getText());
      default -> describe(t);
    };
  }

  /** An allow-list of kinds, in the order they are listed in messages. */
  final class Kinds<T> {
    final Map<String, Supplier<Reading<? extends T>>> map = new LinkedHashMap<>();

    Kinds<T> with(String kind, Supplier<Reading<? extends T>> reading) {
      map.put(kind, reading);
      return this;
    }
  }
}
