package org.okr4j.lint;

import org.okr4j.validation.OkrPath;

/** The JSON Pointers of an {@code OkrSet}'s elements, as the wire format and validation use them. */
final class Paths {

  private static final OkrPath OBJECTIVES = OkrPath.of("objectives");
  private static final OkrPath CYCLES = OkrPath.of("cycles");

  private Paths() {}

  static OkrPath objective(int i) {
    return OBJECTIVES.index(i);
  }

  static OkrPath keyResults(int i) {
    return objective(i).key("keyResults");
  }

  static OkrPath keyResult(int i, int k) {
    return keyResults(i).index(k);
  }

  static OkrPath cycle(int i) {
    return CYCLES.index(i);
  }
}
