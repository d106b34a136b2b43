package org.okr4j.spring.test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A host application as a newcomer writes it: no okr4j code beyond its own controller. */
@SpringBootApplication
public class TestApplication {

  /**
   * Starts the application.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(TestApplication.class, args);
  }
}
