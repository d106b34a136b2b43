package org.okr4j.wiretest;

import java.util.List;
import org.okr4j.validation.InputProblem;

/**
 * A read that failed, as the shared tests see it in either Jackson module: the module's
 * {@code OkrInputException} as data (its problems and count), or another exception with no problems.
 *
 * @param problems the problems listed
 * @param count how many were found
 * @param message the exception's message
 * @param exception the exception
 */
record Failure(List<InputProblem> problems, int count, String message, Throwable exception) {

  /** The problems as {@code code at pointer}, in order. */
  List<String> codesAt() {
    return problems.stream().map(p -> p.code() + " at " + p.pointer()).toList();
  }

  /** Whether the failure is the module's exception for an invalid document. */
  boolean isInvalidDocument() {
    return Json.isModuleException(exception);
  }

  /** The exception's message. */
  String getMessage() {
    return message;
  }
}
