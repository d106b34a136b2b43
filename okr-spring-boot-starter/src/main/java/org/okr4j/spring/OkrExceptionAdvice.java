package org.okr4j.spring;

import java.util.Locale;
import org.okr4j.validation.OkrException;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers an {@link OkrException} thrown by the application's own code (a check-in okr4j refuses,
 * a builder's {@code buildOrThrow()}...) with status 422 and its errors as problem details
 * ({@link OkrProblemDetails#forErrors}), in the request's locale.
 *
 * <p>By default it comes after every other {@code @ControllerAdvice}, so that a handler of the
 * application for {@code OkrException} or a supertype wins; {@code okr4j.problem-details.order}
 * moves it. Declaring a bean of this type replaces it. Immutable and thread-safe.
 */
@ControllerAdvice
public class OkrExceptionAdvice implements Ordered {

  private final OkrProblemDetails details;
  private final int order;

  /**
   * Creates the advice.
   *
   * @param details how errors become problem details
   * @param order its place among the application's advice
   */
  public OkrExceptionAdvice(OkrProblemDetails details, int order) {
    this.details = details;
    this.order = order;
  }

  /**
   * Answers the exception.
   *
   * @param exception the errors okr4j found
   * @param locale the request's locale, from Spring's {@code LocaleResolver}
   * @return the problem details, status 422
   */
  @ExceptionHandler(OkrException.class)
  public ProblemDetail handle(OkrException exception, Locale locale) {
    return details.forErrors(exception.errors(), locale);
  }

  /**
   * Returns the advice's order.
   *
   * @return the order, {@link Ordered#LOWEST_PRECEDENCE} unless configured
   */
  @Override
  public int getOrder() {
    return order;
  }
}
