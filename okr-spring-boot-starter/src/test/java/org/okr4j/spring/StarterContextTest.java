package org.okr4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.okr4j.lint.OkrLinter;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.MessageResolver;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

/** The auto-configuration's conditions, without a server: what it adds, and when it steps back. */
class StarterContextTest {

  private static final AutoConfigurations OKR4J = AutoConfigurations.of(MessageSourceAutoConfiguration.class,
      Okr4jAutoConfiguration.class, Okr4jJackson3AutoConfiguration.class, Okr4jJackson2AutoConfiguration.class,
      Okr4jWebMvcAutoConfiguration.class);

  private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(OKR4J);

  @Test
  void everyBeanHasItsDefault() {
    web.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(ScoringPolicy.class)).isEqualTo(ScoringPolicy.defaults());
      assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
      assertThat(context).hasSingleBean(OkrLinter.class).hasSingleBean(MessageResolver.class)
          .hasSingleBean(OkrProblemDetails.class).hasSingleBean(OkrExceptionAdvice.class);
      // one Jackson line on the class path: its module and its reading advice, nothing of the other
      assertThat(names(context, "Module")).hasSize(1);
      assertThat(names(context, "InputAdvice")).hasSize(1);
      assertThat(context.getBean(OkrExceptionAdvice.class).getOrder()).isEqualTo(Ordered.LOWEST_PRECEDENCE);
      assertThat(order(context, "InputAdvice")).isEqualTo(Ordered.LOWEST_PRECEDENCE);
    });
  }

  @Test
  void thePresetAndTheZoneAreProperties() {
    web.withPropertyValues("okr4j.scoring.preset=Perdoo", "okr4j.time-zone=+08:00").run(context -> {
      assertThat(context.getBean(ScoringPolicy.class)).isEqualTo(ScoringPolicy.perdoo());
      assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.ofHours(8));
    });
  }

  @Test
  void anUnknownPresetStopsTheApplicationNamingTheProperty() {
    web.withPropertyValues("okr4j.scoring.preset=gogle").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("okr4j.scoring.preset")
          .hasMessageContaining("gogle")
          .hasMessageContaining("default, google, quantive, perdoo, oslo, puzzle");
    });
  }

  @Test
  void aJsonLimitBelowOneStopsTheApplicationNamingTheProperty() {
    web.withPropertyValues("okr4j.json.max-check-ins=0").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("okr4j.json.max-check-ins").hasMessageContaining("at least 1");
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    Clock fixed = Clock.fixed(java.time.Instant.parse("2026-03-31T00:00:00Z"), ZoneOffset.UTC);
    web.withBean(ScoringPolicy.class, ScoringPolicy::quantive).withBean(Clock.class, () -> fixed)
        .withPropertyValues("okr4j.scoring.preset=google").run(context -> {
          assertThat(context).hasSingleBean(ScoringPolicy.class).hasSingleBean(Clock.class);
          assertThat(context.getBean(ScoringPolicy.class)).isEqualTo(ScoringPolicy.quantive());
          assertThat(context.getBean(Clock.class)).isSameAs(fixed);
        });
  }

  @Test
  void theProblemDetailsCanBeTurnedOffOrMoved() {
    web.withPropertyValues("okr4j.problem-details.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(OkrProblemDetails.class).doesNotHaveBean(OkrExceptionAdvice.class);
      assertThat(names(context, "InputAdvice")).isEmpty();
      assertThat(names(context, "Module")).hasSize(1);
    });
    web.withPropertyValues("okr4j.problem-details.order=5").run(context -> {
      assertThat(context.getBean(OkrExceptionAdvice.class).getOrder()).isEqualTo(5);
      assertThat(order(context, "InputAdvice")).isEqualTo(5);
    });
  }

  @Test
  void withBootsProblemDetailsTheReadingAdviceComesJustBeforeBoots() {
    web.withPropertyValues("spring.mvc.problemdetails.enabled=true").run(context -> {
      assertThat(order(context, "InputAdvice")).isEqualTo(-1);
      assertThat(context.getBean(OkrExceptionAdvice.class).getOrder()).isEqualTo(Ordered.LOWEST_PRECEDENCE);
    });
  }

  @Test
  void outsideAWebApplicationThereIsNoAdvice() {
    new ApplicationContextRunner().withConfiguration(OKR4J).run(context -> {
      assertThat(context).hasSingleBean(ScoringPolicy.class).doesNotHaveBean(OkrProblemDetails.class);
      assertThat(names(context, "Module")).hasSize(1);
    });
  }

  private static java.util.List<String> names(ApplicationContext context, String suffix) {
    return java.util.Arrays.stream(context.getBeanDefinitionNames())
        .filter(n -> n.startsWith("okr4j") && n.endsWith(suffix)).toList();
  }

  private static int order(ApplicationContext context, String suffix) {
    return ((Ordered) context.getBean(names(context, suffix).get(0))).getOrder();
  }
}
