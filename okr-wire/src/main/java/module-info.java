/**
 * okr4j's JSON wire format {@code okr4j/1}, once for every Jackson version: the reader and writer of
 * every document kind over a small token-source and token-sink abstraction. An internal artifact:
 * its one package is exported only to the Jackson 2 module ({@code org.okr4j.jackson}) and the
 * Jackson 3 module ({@code org.okr4j.jackson3}), which adapt their parsers and generators to it.
 */
// Exported only to the two Jackson modules, which are built after this one.
@SuppressWarnings("module")
module org.okr4j.wire {
  requires transitive org.okr4j.core;

  exports org.okr4j.wire to org.okr4j.jackson, org.okr4j.jackson3;
}
