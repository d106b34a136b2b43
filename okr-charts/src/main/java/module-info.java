/**
 * okr4j charts: burn-up charts and alignment pictures as deterministic SVG text, and a
 * self-contained HTML report, drawn from what okr-core computes.
 *
 * <p>Exports {@code org.okr4j.charts}. Runtime dependency: okr-core only (and so Vavr and the
 * JSpecify annotations); no XML, graphics or JSON library.
 */
module org.okr4j.charts {
  requires transitive org.okr4j.core;

  exports org.okr4j.charts;
}
