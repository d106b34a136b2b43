package org.okr4j.spring.slice;

import org.okr4j.validation.OkrException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An application's own handler for OkrException, as a host that maps okr4j's errors itself writes it. */
@ControllerAdvice
public class HostAdvice {

  /**
   * Answers with the first code, status 409.
   *
   * @param e the exception
   * @return the host's answer
   */
  @ExceptionHandler(OkrException.class)
  public ResponseEntity<String> handle(OkrException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body("host: " + e.errors().head().code());
  }
}
