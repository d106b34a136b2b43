package org.okr4j.spring;

import org.okr4j.jackson3.OkrModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers okr4j's Jackson 3 {@code OkrModule} on Spring Boot 4's {@code JsonMapper} (Boot adds
 * every {@code JacksonModule} bean to it), with the limits of {@code okr4j.json.*}. Active when
 * {@code org.okr4j:okr-jackson3} and Jackson 3 are on the class path.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule", "org.okr4j.jackson3.OkrModule"})
@EnableConfigurationProperties(Okr4jProperties.class)
public class Okr4jJackson3AutoConfiguration {

  /** Created by Spring. */
  public Okr4jJackson3AutoConfiguration() {}

  /**
   * The module, configured by {@code okr4j.json.*}; an application's own {@code OkrModule} bean
   * replaces it.
   *
   * @param properties the {@code okr4j.*} properties
   * @return the module
   * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException
   *     if a limit is below 1
   */
  @Bean
  @ConditionalOnMissingBean
  public OkrModule okr4jJackson3Module(Okr4jProperties properties) {
    Okr4jProperties.Json json = properties.getJson();
    json.check();
    return new OkrModule()
        .withMaxArrayLength(json.getMaxArrayLength())
        .withMaxObjectives(json.getMaxObjectives())
        .withMaxLinks(json.getMaxLinks())
        .withMaxCheckIns(json.getMaxCheckIns())
        .withDecimalsAsStrings(json.isDecimalsAsStrings())
        .withUnknownFieldsIgnored(json.isUnknownFieldsIgnored());
  }
}
