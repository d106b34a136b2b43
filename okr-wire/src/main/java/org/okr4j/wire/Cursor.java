package org.okr4j.wire;

import static org.okr4j.wire.Token.END;
import static org.okr4j.wire.Token.END_ARRAY;
import static org.okr4j.wire.Token.END_OBJECT;
import static org.okr4j.wire.Token.START_ARRAY;
import static org.okr4j.wire.Token.START_OBJECT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.JsonError.JsonType;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Reads one document's objects and arrays: the driver that feeds each field of an object to its
 * {@link Reading}, reports unknown, repeated and envelope fields, cuts arrays at their limits and
 * reads polymorphic objects by their {@code kind}. Recursion follows the format's fixed grammar,
 * never the input's nesting: skipped values are skipped by the source without recursion.
 *
 * <p>Not thread-safe: one cursor per document.
 */
final class Cursor extends Scalars {

  /**
   * The kind of check-in data a key result's metric implies: a check-in inside a key result whose
   * metric has been read may leave its data's {@code kind} out ({@code docs/wire-format.md},
   * "Compact documents").
   *
   * @param kind the data kind the metric accepts, such as {@code measurement}
   * @param metricKind the metric's kind, such as {@code linear}, for a mismatch's message
   */
  record ImpliedKind(String kind, String metricKind) {}

  /** A tape to copy the next buffered object into, kept between objects; {@code null} while in use. */
  private @Nullable Tape spareTape = new Tape();
  /**
   * A check-in's reading and a check-in data's reading, kept to read the next sibling: a document
   * holds millions of check-ins, each read and built before the next starts (see
   * {@link ModelReader.CheckInReading#next}).
   */
  ModelReader.@Nullable CheckInReading spareCheckIn;
  MetricReader.@Nullable DataReading spareData;
  /** {@link #copy}'s count per open container, kept between copies. */
  private int[] copyElements = new int[16];

  Cursor(TokenSource src, Settings settings) {
    super(src, settings);
  }

  /** Reads the fields of an object, from the first field's name, and builds its value. */
  <T> @Nullable T readObject(Reading<T> r, @Nullable String first) throws IOException {
    int before = count();
    for (String name = first; name != null; name = src.nextName()) {
      src.next();
      if (r.abort) {
        src.skipChildren();
        continue;
      }
      field(r, name);
    }
    if (r.document != null && !r.abort) {
      r.require(Field.FORMAT, r.has(Field.FORMAT) ? "" : null);
      r.require(Field.KIND, r.has(Field.KIND) ? "" : null);
    }
    T value = r.abort ? null : r.build();
    return count() > before ? null : value;
  }

  private void field(Reading<?> r, String name) throws IOException {
    int index = r.shape.index(name);
    if (index < 0) {
      if (!settings.ignoreUnknownFields()) {
        report(new JsonError.UnknownField(here(), r.shape.what(), r.shape.names()));
      }
      src.skipChildren();
      return;
    }
    Field f = r.shape.field(index);
    int bit = 1 << index;
    if ((r.seen & bit) != 0) {
      report(new JsonError.DuplicateField(here(), r.shape.what()));
      src.skipChildren();
      return;
    }
    r.seen |= bit;
    int before = count();
    if (r.document != null && f == Field.FORMAT) {
      String format = string();
      if (format != null && !format.equals(Wire.FORMAT)) {
        fatal(new JsonError.UnsupportedFormat(here(), JsonError.quote(format), Wire.FORMAT));
        r.abort = true;
      }
    } else if (r.document != null && f == Field.KIND) {
      String kind = string();
      if (kind != null && !kind.equals(r.document.wireName())) {
        fatal(new JsonError.WrongDocument(here(), JsonError.quote(kind), r.document.wireName()));
        r.abort = true;
      }
    } else if (r.implied != null && (bit & r.shape.kindBit()) != 0) {
      lateKind(r, r.implied);
    } else {
      r.field(f);
    }
    if (count() > before) {
      r.failed |= bit;
    }
  }

  /** Reads an object of one shape; the cursor is at its start token and ends at its end token. */
  <T> @Nullable T object(Function<Cursor, ? extends Reading<T>> reading) throws IOException {
    if (src.current() != START_OBJECT) {
      return wrong(JsonType.OBJECT);
    }
    return readObject(reading.apply(this), src.nextName());
  }

  /**
   * Reads an array of at most {@code max} elements; the rest are skipped unread and reported once,
   * as {@code okr.json.too-many} at the first element past the limit.
   *
   * @param option the module option that raises the limit, for the message
   */
  <T> @Nullable List<@Nullable T> array(int max, String option, Element<T> element) throws IOException {
    if (src.current() != START_ARRAY) {
      return wrong(JsonType.ARRAY);
    }
    ArrayList<@Nullable T> list = new ArrayList<>();
    int i = 0;
    boolean cut = false;
    for (Token t = src.next(); t != END_ARRAY && t != END; t = src.next(), i++) {
      if (i >= max || t == Token.TRUNCATED) {
        if (!cut) {
          report(new JsonError.TooMany(here(), max, option));
          cut = true;
        }
        src.skipChildren();
        continue;
      }
      list.add(element.read(this));
    }
    return list;
  }

  /** Reads an array limited by {@link Settings#maxArrayLength()}. */
  <T> @Nullable List<@Nullable T> array(Element<T> element) throws IOException {
    return array(settings.maxArrayLength(), "withMaxArrayLength", element);
  }

  /** Reads an array of objects of one shape, limited by {@link Settings#maxArrayLength()}. */
  <T> @Nullable List<@Nullable T> objects(Function<Cursor, ? extends Reading<T>> reading) throws IOException {
    return array(c -> c.object(reading));
  }

  /**
   * Reads an object whose {@code kind} picks its shape from an allow-list; the cursor is at its start
   * token and ends at its end token. A {@code kind} that is not the first field is found by copying
   * the fields before it (see {@link #copy}) and reading the copy once the kind is known.
   */
  <T> @Nullable T polymorphic(Kinds<T> kinds) throws IOException {
    return polymorphic(kinds, null);
  }

  /**
   * Reads a polymorphic object that may leave out its {@code kind} when {@code implied} is known:
   * check-in data inside a key result whose metric has been read. An object whose first field is
   * {@code kind} is read as that kind; one whose first field belongs to the implied kind is read as
   * that kind without copying, a later {@code kind} having to agree (else
   * {@code okr.check-in.kind-mismatch}, as the core reports for data its metric does not accept);
   * any other is copied until its {@code kind}, and read as the implied kind if it has none. Without
   * {@code implied}, an object without {@code kind} is of its family's default kind, if it has one
   * (a metric is linear), after the same copy.
   */
  <T> @Nullable T polymorphic(Kinds<T> kinds, @Nullable ImpliedKind implied) throws IOException {
    if (src.current() != START_OBJECT) {
      return wrong(JsonType.OBJECT);
    }
    int before = count();
    String name = src.nextName();
    if (!Field.KIND.name().equals(name)) {
      if (implied != null) {
        var reading = kinds.reading(implied.kind());
        Reading<? extends T> r = reading.apply(this);
        if (name == null || r.shape.index(name) >= 0) {
          r.implied = implied;
          T value = readObject(r, name);
          return count() > before ? null : value;
        }
        return buffered(kinds, name, before, implied.kind());
      }
      String fallback = kinds.defaultKind();
      if (name == null) {
        return fallback == null ? missingKind() : read(kinds.reading(fallback), null, before);
      }
      return buffered(kinds, name, before, fallback);
    }
    src.next();
    var reading = kind(kinds);
    if (reading == null) {
      skipFields();
      return null;
    }
    return read(reading, src.nextName(), before);
  }

  /** Reads the kind at the cursor; reports it if it is not allowed. */
  private <T> @Nullable Function<Cursor, ? extends Reading<? extends T>> kind(Kinds<T> kinds) throws IOException {
    String kind = string();
    if (kind == null) {
      return null;
    }
    var reading = kinds.reading(kind);
    if (reading == null) {
      report(new JsonError.UnknownKind(here(), JsonError.quote(kind), kinds.names()));
      src.skipChildren();
    }
    return reading;
  }

  private <T> @Nullable T read(Function<Cursor, ? extends Reading<? extends T>> reading, @Nullable String first,
      int before) throws IOException {
    Reading<? extends T> r = reading.apply(this);
    r.seen |= r.shape.kindBit();
    T value = readObject(r, first);
    return count() > before ? null : value;
  }

  /**
   * Reads a {@code kind} met after the fields of an object read as its implied kind: the same kind is
   * accepted; another allowed one is {@code okr.check-in.kind-mismatch} at the object, and the rest of
   * the object is skipped.
   */
  private void lateKind(Reading<?> r, ImpliedKind implied) throws IOException {
    String kind = string();
    if (kind == null || kind.equals(implied.kind())) {
      return;
    }
    if (MetricReader.DATA_KINDS.reading(kind) == null) {
      report(new JsonError.UnknownKind(here(), JsonError.quote(kind), MetricReader.DATA_KINDS.names()));
    } else {
      report(new OkrError.CheckInMismatch(parent(here()), implied.metricKind(), kind));
    }
    r.abort = true;
  }

  private <T> @Nullable T missingKind() {
    add(new OkrError.Required(here().key(Field.KIND.name())));
    return null;
  }

  /**
   * Copies the fields before a late {@code kind} into a tape, with the format's limits, and reads the
   * copy once the kind is known, or as the {@code fallback} kind if there is none. Problems inside
   * the copy are located at the object's first field.
   */
  private <T> @Nullable T buffered(Kinds<T> kinds, String first, int before, @Nullable String fallback)
      throws IOException {
    // One tape serves object after object; an object buffered while a copy plays gets its own.
    Tape tape = spareTape == null ? new Tape() : spareTape;
    spareTape = null;
    try {
      return buffered(kinds, first, before, fallback, tape);
    } finally {
      tape.clear();
      spareTape = tape;
    }
  }

  private <T> @Nullable T buffered(Kinds<T> kinds, String first, int before, @Nullable String fallback, Tape tape)
      throws IOException {
    int line = src.line();
    int column = src.column();
    tape.add(START_OBJECT, null);
    long budget = Wire.bufferBudget(settings);
    boolean kindSeen = false;
    Function<Cursor, ? extends Reading<? extends T>> reading = null;
    for (String name = first; name != null; name = src.nextName()) {
      src.next();
      if (!kindSeen && name.equals(Field.KIND.name())) {
        kindSeen = true;
        reading = kind(kinds);
        if (reading == null) {
          skipFields();
          return null;
        }
        continue;
      }
      tape.add(Token.NAME, name);
      if (!copy(tape, settings.maxArrayLength(), budget)) {
        // At the copied value's last token: the object's own pointer is its parent's.
        add(new JsonError.TooLarge(parent(src.path()), (int) Math.min(budget, Integer.MAX_VALUE)));
        skipFields();
        return null;
      }
    }
    tape.add(END_OBJECT, null);
    if (reading == null && fallback != null) {
      reading = kinds.reading(fallback);
    }
    if (reading == null) {
      return missingKind();
    }
    TokenSource outer = src;
    // The outer source stays at the object's end token while the copy plays: its path is the
    // object's own, computed only if a problem inside the copy needs it.
    src = tape.play(outer::path, line, column);
    try {
      src.next();
      return read(reading, src.nextName(), before);
    } finally {
      src = outer;
    }
  }

  /** The pointer of the container of the value at {@code path}. */
  private static OkrPath parent(OkrPath path) {
    return OkrPath.of(path.segments().dropRight(1).toJavaArray(String[]::new));
  }

  /** Skips the remaining fields of the current object: the cursor ends at its end token. */
  private void skipFields() throws IOException {
    for (String n = src.nextName(); n != null; n = src.nextName()) {
      src.next();
      src.skipChildren();
    }
  }

  /**
   * Copies the current value into {@code tape}, without recursion, keeping each number's text as
   * written: the cursor ends at the value's last token. Every array keeps at most {@code maxArray}
   * elements; the rest are skipped unread and marked by one {@link Token#TRUNCATED}. Returns
   * {@code false}, having skipped the rest of the value, once the tape holds more than {@code budget}
   * tokens.
   */
  boolean copy(Tape tape, int maxArray, long budget) throws IOException {
    int depth = 0;
    int[] elements = copyElements; // per open container: elements so far, or -1 for an object
    for (Token t = src.current(); ; t = src.next()) {
      if (depth > 0 && elements[depth - 1] >= 0 && t.startsValue() && ++elements[depth - 1] > maxArray) {
        if (elements[depth - 1] == maxArray + 1) {
          tape.add(Token.TRUNCATED, null);
        }
        src.skipChildren();
        continue;
      }
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          tape.add(t, null);
          if (depth == elements.length) {
            elements = Arrays.copyOf(elements, depth * 2);
            copyElements = elements;
          }
          elements[depth++] = t == START_ARRAY ? 0 : -1;
        }
        case END_OBJECT, END_ARRAY -> {
          tape.add(t, null);
          depth--;
        }
        case NAME, STRING, INTEGER, DECIMAL -> tape.add(t, src.text());
        case END -> {
          return true;
        }
        default -> tape.add(t, null);
      }
      if (depth == 0) {
        return true;
      }
      if (tape.size() > budget) {
        while (depth > 0) {
          Token n = src.next();
          if (n == START_OBJECT || n == START_ARRAY) {
            depth++;
          } else if (n == END_OBJECT || n == END_ARRAY) {
            depth--;
          } else if (n == END) {
            break;
          }
        }
        return false;
      }
    }
  }
}
