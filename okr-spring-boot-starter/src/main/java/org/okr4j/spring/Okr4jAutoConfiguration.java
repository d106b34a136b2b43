package org.okr4j.spring;

import java.time.Clock;
import java.util.Locale;
import org.okr4j.lint.OkrLinter;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.MessageResolver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/**
 * okr4j's beans for any Spring Boot application, each replaced by an application bean of the same
 * type: the {@link ScoringPolicy} named by {@code okr4j.scoring.preset}, a {@link Clock} in
 * {@code okr4j.time-zone}, the {@link MessageResolver} that reads the application's
 * {@link MessageSource} before okr4j's catalogues, and an {@link OkrLinter} with the default rules.
 * Works on Spring Boot 3.5 and 4.
 */
@AutoConfiguration(after = MessageSourceAutoConfiguration.class)
@EnableConfigurationProperties(Okr4jProperties.class)
public class Okr4jAutoConfiguration {

  /** Created by Spring. */
  public Okr4jAutoConfiguration() {}

  /**
   * The scoring policy named by {@code okr4j.scoring.preset}.
   *
   * @param properties the {@code okr4j.*} properties
   * @return the preset
   * @throws InvalidConfigurationPropertyValueException if no preset has that name
   */
  @Bean
  @ConditionalOnMissingBean
  public ScoringPolicy okr4jScoringPolicy(Okr4jProperties properties) {
    String name = properties.getScoring().getPreset();
    return ScoringPolicy.preset(name).getOrElseThrow(error ->
        new InvalidConfigurationPropertyValueException("okr4j.scoring.preset", name, error.message(Locale.ENGLISH)));
  }

  /**
   * The clock by which the application evaluates OKRs "now", in {@code okr4j.time-zone}.
   *
   * @param properties the {@code okr4j.*} properties
   * @return the system clock in that zone
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock okr4jClock(Okr4jProperties properties) {
    return Clock.system(properties.getTimeZone());
  }

  /**
   * The messages of okr4j's errors and findings: the application's {@link MessageSource} (keys are
   * okr4j codes) first, then the catalogues {@code ServiceLoader} finds, then okr4j's own.
   *
   * @param messageSource the application's message source
   * @return the resolver
   */
  @Bean
  @ConditionalOnMissingBean
  public MessageResolver okr4jMessageResolver(MessageSource messageSource) {
    return MessageResolver.defaults().with(StarterCatalog.INSTANCE).with(new MessageSourceCatalog(messageSource));
  }

  /**
   * The linter with okr4j's default rules.
   *
   * @return {@link OkrLinter#withDefaults()}
   */
  @Bean
  @ConditionalOnMissingBean
  public OkrLinter okr4jLinter() {
    return OkrLinter.withDefaults();
  }
}
