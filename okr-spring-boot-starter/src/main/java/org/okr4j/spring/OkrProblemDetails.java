package org.okr4j.spring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.okr4j.validation.InputProblem;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.MessageResolver;
import org.okr4j.validation.OkrError;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Turns okr4j's errors into RFC 9457 problem details, in the reader's language.
 *
 * <p>The status tells a client what to fix. <b>400 Bad Request</b> when the document is not a
 * well-formed {@code okr4j/1} document: at least one problem is an {@code okr.json.*} code (an
 * unknown field, a wrong JSON type, a malformed date, a limit exceeded...). <b>422 Unprocessable
 * Content</b> when the document is well-formed but the OKRs it holds break okr4j's rules (a blank
 * title, a target equal to its baseline, an alignment cycle...), and for an {@code OkrException}
 * the application's own code throws. The body:
 *
 * <pre>{@code
 * {
 *   "type": "https://github.com/okr4j/okr4j/blob/main/docs/spring-boot.md#json",
 *   "title": "Invalid okr4j document",
 *   "status": 400,
 *   "detail": "The okr4j/1 document has 3 problems; each is listed in errors with its code, JSON Pointer and message.",
 *   "instance": "/okr-sets",
 *   "errors": [
 *     {"code": "okr.json.unknown-field", "pointer": "/objectives/0/titel", "message": "is not a field of objective (...)"},
 *     {"code": "okr.blank", "pointer": "/objectives/0/title", "message": "must not be blank"},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>The {@code type} is {@link #typeBase()} followed by the family of the codes: {@code json} when
 * any problem is an {@code okr.json.*} code, otherwise the family all problems share
 * ({@code alignment} for {@code okr.alignment.*}, {@code scoring} for {@code okr.scoring.*},
 * {@code validation} for the model's other codes), and {@code validation} when they differ. The
 * title, the detail and every error's message come from the {@link MessageResolver} (the
 * application's {@code messages_xx.properties} first, then okr4j's catalogues). {@code errors}
 * lists every problem in document order, at most 100 for a document; {@code count} is added when
 * there were more.
 *
 * <p>Applications that handle okr4j's exceptions themselves can call this class from their own
 * handlers, or subclass it and declare it as a bean. Immutable and thread-safe.
 */
public class OkrProblemDetails {

  /** Where the problem types are documented, the start of every {@code type} URI by default. */
  public static final String DEFAULT_TYPE_BASE = "https://github.com/okr4j/okr4j/blob/main/docs/spring-boot.md#";

  /** The status for a well-formed document, or a value, whose OKRs break okr4j's rules. */
  public static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

  private final MessageResolver messages;
  private final String typeBase;

  /**
   * Creates the factory.
   *
   * @param messages where titles, details and messages come from
   * @param typeBase the start of each {@code type} URI, to which the family is appended
   */
  public OkrProblemDetails(MessageResolver messages, String typeBase) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.typeBase = Objects.requireNonNull(typeBase, "typeBase");
  }

  /**
   * Returns the start of the {@code type} URIs.
   *
   * @return the base, such as {@link #DEFAULT_TYPE_BASE}
   */
  public String typeBase() {
    return typeBase;
  }

  /**
   * Returns the problem details of a document that could not be read.
   *
   * @param problems the problems, in document order, as an {@code OkrInputException} lists them
   * @param count how many problems were found, listed or not
   * @param locale the reader's locale
   * @return the problem details, status 400 or 422
   */
  public ProblemDetail forDocument(java.util.List<InputProblem> problems, int count, Locale locale) {
    Seq<InputProblem> all = List.ofAll(problems);
    Seq<OkrError> errors = all.map(InputProblem::error);
    HttpStatusCode status = errors.exists(e -> e instanceof JsonError) ? HttpStatus.BAD_REQUEST : UNPROCESSABLE;
    ProblemDetail detail = problem(status, errors, "okr.problem.document", Math.max(count, all.size()), locale);
    if (count > all.size()) {
      detail.setProperty("count", count);
    }
    return detail;
  }

  /**
   * Returns the problem details of OKRs that okr4j refused, such as the errors of an
   * {@code OkrException}; each error's path is its pointer.
   *
   * @param errors the errors
   * @param locale the reader's locale
   * @return the problem details, status 422
   */
  public ProblemDetail forErrors(Seq<OkrError> errors, Locale locale) {
    return problem(UNPROCESSABLE, errors, "okr.problem.value", errors.size(), locale);
  }

  /**
   * Returns the family of a code, the last segment of its problem type.
   *
   * @param code an okr4j code, such as {@code okr.json.unknown-field}
   * @return {@code json}, {@code alignment}, {@code scoring} or {@code validation}
   */
  public static String family(String code) {
    for (String family : List.of("json", "alignment", "scoring")) {
      if (code.startsWith("okr." + family + ".")) {
        return family;
      }
    }
    return "validation";
  }

  private ProblemDetail problem(HttpStatusCode status, Seq<OkrError> errors, String detailKey, int count, Locale locale) {
    Seq<String> families = errors.map(e -> family(e.code())).distinct();
    String family = families.contains("json") ? "json" : families.size() == 1 ? families.head() : "validation";
    ProblemDetail detail = ProblemDetail.forStatus(status);
    detail.setType(URI.create(typeBase + family));
    detail.setTitle(messages.format("okr.problem." + family, locale, List.empty()));
    detail.setDetail(messages.format(detailKey, locale, List.of(count)));
    java.util.List<Map<String, Object>> listed = new ArrayList<>();
    for (OkrError error : errors) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", error.code());
      entry.put("pointer", error.path().toString());
      entry.put("message", error.message(locale, messages));
      listed.add(entry);
    }
    detail.setProperty("errors", listed);
    return detail;
  }
}
