package org.okr4j.wire;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one kind of value on the wire, in the order the writer writes them, each with its
 * bit for the reader's duplicate detection. {@link #schema()} says where the JSON Schema describes
 * the value, so that a test can hold every shape to the schema: {@code $defs/cycle} for a
 * definition, {@code $defs/metric@linear} for the variant of a polymorphic definition whose
 * {@code kind} is {@code linear}, {@code @okr-set} for a document, and a path such as
 * {@code $defs/scoringPolicy/properties/progress} for an object inside another.
 */
final class Shape {

  private final String what;
  private final String schema;
  private final List<Field> fields;
  private final Map<String, Integer> byName = new HashMap<>();
  /** The fields by index, for {@link #field(int)}. */
  private final Field[] byIndex;
  /**
   * The names in an open-addressed table by hash, a power of two at least twice the fields'
   * number, with each name's index beside it: {@link #index} finds a name without boxing.
   */
  private final @Nullable String[] table;
  private final int[] tableIndex;
  private final Map<Field, Integer> bits = new IdentityHashMap<>();
  private final int kindBit;

  private Shape(String what, String schema, List<Field> fields) {
    this.what = what;
    this.schema = schema;
    this.fields = List.copyOf(fields);
    if (fields.size() > 31) {
      throw new IllegalArgumentException("a shape has at most 31 fields: " + what);
    }
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (byName.put(f.name(), i) != null) {
        throw new IllegalArgumentException("field " + f.name() + " listed twice in " + what);
      }
      bits.put(f, 1 << i);
    }
    this.kindBit = bit(Field.KIND.name());
    this.byIndex = this.fields.toArray(new Field[0]);
    int capacity = Integer.highestOneBit(Math.max(1, fields.size()) * 4 - 1) << 1;
    this.table = new String[capacity];
    this.tableIndex = new int[capacity];
    for (int i = 0; i < byIndex.length; i++) {
      int slot = byIndex[i].name().hashCode() & (capacity - 1);
      while (table[slot] != null) {
        slot = (slot + 1) & (capacity - 1);
      }
      table[slot] = byIndex[i].name();
      tableIndex[slot] = i;
    }
  }

  /** Returns the shape of a value called {@code what} in messages, described by the schema at {@code schema}. */
  static Shape of(String what, String schema, Field... fields) {
    return new Shape(what, schema, List.of(fields));
  }

  /** The value's name in messages: {@code objective}, {@code metric linear}... */
  String what() {
    return what;
  }

  /** Where the JSON Schema describes the value (see the class comment). */
  String schema() {
    return schema;
  }

  /** The fields in the writer's order. */
  List<Field> fields() {
    return fields;
  }

  /** The field called {@code name}, or {@code null} if the value has none. */
  @Nullable Field field(String name) {
    Integer i = byName.get(name);
    return i == null ? null : fields.get(i);
  }

  /** The position of the field called {@code name} in {@link #fields()}, or -1 if the value has none. */
  int index(String name) {
    int mask = table.length - 1;
    for (int slot = name.hashCode() & mask; ; slot = (slot + 1) & mask) {
      String k = table[slot];
      if (k == null) {
        return -1;
      }
      if (k == name || k.equals(name)) {
        return tableIndex[slot];
      }
    }
  }

  /** The field at {@code index}, as {@link #index} gave it. */
  Field field(int index) {
    return byIndex[index];
  }

  /** The bit of a field of this shape, for a set of fields held in an {@code int}. */
  int bit(Field field) {
    Integer bit = bits.get(field);
    return bit == null ? 0 : bit;
  }

  /** The bit of the field called {@code name}; 0 if there is none. */
  int bit(String name) {
    Integer i = byName.get(name);
    return i == null ? 0 : 1 << i;
  }

  /** The bit of this shape's {@code kind} field, required or optional; 0 if it has none. */
  int kindBit() {
    return kindBit;
  }

  /** The names of the fields, in order. */
  io.vavr.collection.List<String> names() {
    return io.vavr.collection.List.ofAll(fields).map(Field::name);
  }

  /** This shape as a whole document: {@code format} and {@code kind} first, then its fields. */
  Shape asDocument(String kind) {
    java.util.ArrayList<Field> all = new java.util.ArrayList<>();
    all.add(Field.FORMAT);
    all.add(Field.KIND);
    all.addAll(fields);
    return new Shape(what, "@" + kind, all);
  }
}
