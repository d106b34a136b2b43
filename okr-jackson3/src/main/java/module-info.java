/**
 * okr4j's JSON wire format as a Jackson 3 ({@code tools.jackson}) module:
 * {@link org.okr4j.jackson3.OkrModule} reads and writes the versioned {@code okr4j/1} documents
 * described in {@code docs/wire-format.md}, through the wire layer it shares with the Jackson 2
 * module ({@code org.okr4j.wire}, not exported to hosts).
 *
 * <p>The module is found by {@code JsonMapper.builder().findAndAddModules()} both on the module path
 * ({@code provides}) and on the class path ({@code META-INF/services}).
 */
// The name follows the artifact (okr-jackson3), as Jackson 3 modules are named after their major version.
@SuppressWarnings("module")
module org.okr4j.jackson3 {
  requires transitive org.okr4j.core;
  requires transitive tools.jackson.databind;
  requires org.okr4j.wire;

  exports org.okr4j.jackson3;

  provides tools.jackson.databind.JacksonModule with org.okr4j.jackson3.OkrModule;
}
