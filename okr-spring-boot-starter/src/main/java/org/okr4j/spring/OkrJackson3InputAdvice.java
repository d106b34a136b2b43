package org.okr4j.spring;

import java.util.Locale;
import org.okr4j.jackson3.OkrInputException;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a request body that Jackson 3's {@code OkrModule} refused, wrapped by Spring in an
 * {@code HttpMessageNotReadableException}, with every problem of the document as problem details
 * ({@link OkrProblemDetails#forDocument}): status 400, or 422 for a well-formed document with
 * invalid OKRs. Any other unreadable body is left to the application and Spring.
 *
 * <p>By default it comes after every other {@code @ControllerAdvice}, so that a handler of the
 * application for {@code HttpMessageNotReadableException} (or {@code OkrInputException}, or a
 * supertype) wins; with {@code spring.mvc.problemdetails.enabled=true} it comes just before Spring
 * Boot's own problem-details handler; {@code okr4j.problem-details.order} moves it. Declaring a
 * bean of this type replaces it. Immutable and thread-safe.
 */
@ControllerAdvice
public class OkrJackson3InputAdvice implements Ordered {

  private final OkrProblemDetails details;
  private final int order;

  /**
   * Creates the advice.
   *
   * @param details how problems become problem details
   * @param order its place among the application's advice
   */
  public OkrJackson3InputAdvice(OkrProblemDetails details, int order) {
    this.details = details;
    this.order = order;
  }

  /**
   * Answers the refused document; Spring finds this handler through the cause of its
   * {@code HttpMessageNotReadableException}.
   *
   * @param exception the document's problems
   * @param locale the request's locale, from Spring's {@code LocaleResolver}
   * @return the problem details
   */
  @ExceptionHandler(OkrInputException.class)
  public ProblemDetail handle(OkrInputException exception, Locale locale) {
    return details.forDocument(exception.problems(), exception.count(), locale);
  }

  /**
   * Returns the advice's order.
   *
   * @return the order
   */
  @Override
  public int getOrder() {
    return order;
  }
}
