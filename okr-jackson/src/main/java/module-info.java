/**
 * okr4j's JSON wire format as a Jackson 2 module: {@link org.okr4j.jackson.OkrModule} reads and
 * writes the versioned {@code okr4j/1} documents described in {@code docs/wire-format.md}, through
 * the wire layer it shares with the Jackson 3 module ({@code org.okr4j.wire}, not exported to hosts).
 *
 * <p>The module is found by {@code ObjectMapper.findAndRegisterModules()} both on the module path
 * ({@code provides}) and on the class path ({@code META-INF/services}).
 */
module org.okr4j.jackson {
  requires transitive org.okr4j.core;
  requires transitive com.fasterxml.jackson.databind;
  requires org.okr4j.wire;

  exports org.okr4j.jackson;

  provides com.fasterxml.jackson.databind.Module with org.okr4j.jackson.OkrModule;
}
