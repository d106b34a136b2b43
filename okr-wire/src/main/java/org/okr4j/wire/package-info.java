/**
 * The {@code okr4j/1} wire format, once, for every Jackson version: the reader and writer of every
 * document kind over a small {@link org.okr4j.wire.TokenSource} / {@link org.okr4j.wire.TokenSink}
 * abstraction, used by {@code okr-jackson} (Jackson 2) and {@code okr-jackson3} (Jackson 3) through
 * adapters of a few dozen lines each. The package is exported to those two modules only.
 *
 * <p><b>Why a token abstraction rather than generated sources.</b> Jackson 2 ({@code com.fasterxml})
 * and Jackson 3 ({@code tools.jackson}) have the same streaming model but different packages,
 * exception types (checked {@code IOException} against unchecked {@code JacksonException}) and
 * method names ({@code nextFieldName} against {@code nextName}). Generating a Jackson 3 copy of the
 * reader from the Jackson 2 one would give two copies to test, debug and read, and a build step that
 * rewrites sources. One reader over a source of ten methods and a writer over a sink of twelve give
 * one copy: both modules read and refuse the same input with the same codes and pointers and write
 * the same bytes, because they run the same code. The interface costs one virtual call per token,
 * which the JIT inlines when a single adapter is loaded (the JSON read benchmark measured no
 * slowdown); an adapter maps a token by table lookup and computes a path or location only when a
 * problem is reported, and keeps each field's name encoded by the field's number.
 *
 * <p><b>Layout.</b> The code follows the sections of {@code docs/wire-format.md}: scalars
 * ({@code Scalars}), the envelope and documents ({@code Documents}, {@link org.okr4j.wire.Wire}),
 * model values ({@code ModelFields}, {@code ModelReader}, {@code ModelWriter}), metrics and check-in
 * data ({@code MetricFields}, {@code MetricReader}, {@code MetricWriter}), scoring policies
 * ({@code PolicyFields}, {@code PolicyReader}, {@code PolicyWriter}), alignment
 * ({@code AlignmentFields}, {@code AlignmentReader}, {@code AlignmentWriter}) and scorecards
 * ({@code ScorecardFields}, {@code ScorecardReader}, {@code ScorecardWriter}). Each value's fields are
 * listed once, as typed {@code Field} constants in a {@code Shape}: the reader dispatches on them,
 * the writer writes their names, and the schema-conformance test compares every shape with the
 * JSON Schema, so no field name is spelled twice.
 *
 * <p><b>Bounded memory.</b> The reader streams; it buffers in two places only, each within the
 * format's limits: a polymorphic object whose {@code kind} is not its first field (arrays cut at the
 * array limit, at most {@link org.okr4j.wire.Wire#bufferBudget(Settings)} tokens), and a
 * scorecard's {@code objectives} (arrays cut at the largest limit), compared with the computed
 * scores once the document's set is read.
 */
@NullMarked
package org.okr4j.wire;

import org.jspecify.annotations.NullMarked;
