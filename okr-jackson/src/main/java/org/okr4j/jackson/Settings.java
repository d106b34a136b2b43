package org.okr4j.jackson;

/**
 * The configuration of one {@link OkrModule}: how decimals are written, whether unknown fields are
 * errors, and the module's own size limits.
 *
 * @param decimalsAsStrings write decimals as JSON strings instead of JSON numbers
 * @param ignoreUnknownFields skip unknown fields instead of reporting them
 * @param maxArrayLength the most elements in any array other than {@code objectives}
 * @param maxObjectives the most elements in an {@code objectives} array
 */
record Settings(boolean decimalsAsStrings, boolean ignoreUnknownFields, int maxArrayLength, int maxObjectives) {

  /** The default most elements of one array (check-ins of a key result, key results of an objective...). */
  static final int DEFAULT_MAX_ARRAY_LENGTH = 1_000;

  /** The default most objectives in one document. */
  static final int DEFAULT_MAX_OBJECTIVES = 1_000_000;

  static final Settings DEFAULTS = new Settings(false, false, DEFAULT_MAX_ARRAY_LENGTH, DEFAULT_MAX_OBJECTIVES);

  Settings {
    if (maxArrayLength < 1) {
      throw new IllegalArgumentException("maxArrayLength must be at least 1, is " + maxArrayLength);
    }
    if (maxObjectives < 1) {
      throw new IllegalArgumentException("maxObjectives must be at least 1, is " + maxObjectives);
    }
  }
}
