package org.okr4j.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service that scores and lints {@code okr4j/1} documents. Its only okr4j-specific
 * code is {@link OkrSetController}: the starter registers the JSON module, answers bad documents
 * with problem details in the caller's language and provides the scoring policy, clock, linter and
 * messages as beans ({@code application.properties} sets them).
 *
 * <pre>
 * ./mvnw -q -B -pl okr-examples-spring -am compile exec:java      # listens on http://localhost:8080
 * </pre>
 */
@SpringBootApplication
public class OkrService {

  /** Not instantiated by hand. */
  OkrService() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(OkrService.class, args);
  }
}
