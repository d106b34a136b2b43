package org.okr4j.spring;

import org.okr4j.validation.MessageResolver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * RFC 9457 problem details for okr4j's errors in a Spring MVC application (Spring Boot 3.5 and 4):
 * {@link OkrProblemDetails}, {@link OkrExceptionAdvice} for an {@code OkrException} and, for the
 * Jackson line on the class path, the advice that answers a refused {@code okr4j/1} request body.
 * {@code okr4j.problem-details.enabled=false} turns them off; each bean is replaced by an
 * application bean of its type.
 *
 * <p>Order: unless {@code okr4j.problem-details.order} is set, okr4j's advice comes after the
 * application's, so that the application's own handlers for these exceptions win; the advice for
 * refused documents comes just before Spring Boot's problem-details handler (order 0) when
 * {@code spring.mvc.problemdetails.enabled=true}, which would otherwise answer every unreadable body
 * with a generic 400.
 */
@AutoConfiguration(after = Okr4jAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.web.servlet.DispatcherServlet", "org.springframework.http.ProblemDetail"})
@ConditionalOnProperty(prefix = "okr4j.problem-details", name = "enabled", havingValue = "true", matchIfMissing = true)
public class Okr4jWebMvcAutoConfiguration {

  /** Created by Spring. */
  public Okr4jWebMvcAutoConfiguration() {}

  /**
   * How okr4j's errors become problem details.
   *
   * @param messages where titles, details and messages come from
   * @param properties the {@code okr4j.*} properties
   * @return the factory
   */
  @Bean
  @ConditionalOnMissingBean
  public OkrProblemDetails okr4jProblemDetails(MessageResolver messages, Okr4jProperties properties) {
    return new OkrProblemDetails(messages, properties.getProblemDetails().getTypeBase());
  }

  /**
   * The advice for an {@code OkrException} of the application's code.
   *
   * @param details the factory
   * @param properties the {@code okr4j.*} properties
   * @return the advice
   */
  @Bean
  @ConditionalOnMissingBean
  public OkrExceptionAdvice okr4jExceptionAdvice(OkrProblemDetails details, Okr4jProperties properties) {
    Integer order = properties.getProblemDetails().getOrder();
    return new OkrExceptionAdvice(details, order == null ? Ordered.LOWEST_PRECEDENCE : order);
  }

  /**
   * Returns the order of the advice for refused documents.
   *
   * @param properties the {@code okr4j.*} properties
   * @param environment where {@code spring.mvc.problemdetails.enabled} is read
   * @return the configured order; else -1 when Spring Boot's problem details are on, else last
   */
  static int readingOrder(Okr4jProperties properties, Environment environment) {
    Integer order = properties.getProblemDetails().getOrder();
    if (order != null) {
      return order;
    }
    return environment.getProperty("spring.mvc.problemdetails.enabled", Boolean.class, false) ? -1 : Ordered.LOWEST_PRECEDENCE;
  }

  /** The advice for documents refused by Jackson 3's {@code OkrModule}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.okr4j.jackson3.OkrInputException")
  static class Jackson3 {

    @Bean
    @ConditionalOnMissingBean
    OkrJackson3InputAdvice okr4jJackson3InputAdvice(OkrProblemDetails details, Okr4jProperties properties,
        Environment environment) {
      return new OkrJackson3InputAdvice(details, readingOrder(properties, environment));
    }
  }

  /** The advice for documents refused by Jackson 2's {@code OkrModule}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.okr4j.jackson.OkrInputException")
  static class Jackson2 {

    @Bean
    @ConditionalOnMissingBean
    OkrJackson2InputAdvice okr4jJackson2InputAdvice(OkrProblemDetails details, Okr4jProperties properties,
        Environment environment) {
      return new OkrJackson2InputAdvice(details, readingOrder(properties, environment));
    }
  }
}
