/**
 * okr4j's JSON wire format as a Jackson 2 module: {@link org.okr4j.jackson.OkrModule} reads and
 * writes the versioned {@code okr4j/1} documents described in {@code docs/wire-format.md}.
 *
 * <p>The module is found by {@code ObjectMapper.findAndRegisterModules()} both on the module path
 * ({@code provides}) and on the class path ({@code META-INF/services}).
 */
module org.okr4j.jackson {
  requires transitive org.okr4j.core;
  requires transitive com.fasterxml.jackson.databind;

  exports org.okr4j.jackson;

  provides com.fasterxml.jackson.databind.Module with org.okr4j.jackson.OkrModule;
}
