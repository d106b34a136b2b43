package org.okr4j.examples.spring;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.okr4j.lint.Finding;
import org.okr4j.lint.OkrLinter;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.MessageResolver;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /okr-sets}: scores the posted OKRs and answers {@code 201 Created} with the scorecard
 * document; {@code POST /okr-sets/lint}: the lint findings in the caller's language. Both evaluate
 * as of the start of {@code asOf} (a date, in {@code okr4j.time-zone}) or now. A document okr4j
 * refuses never reaches these methods: the starter answers it with problem details.
 */
@RestController
class OkrSetController {

  private final ScoringPolicy policy;
  private final Clock clock;
  private final OkrLinter linter;
  private final MessageResolver messages;
  private final AtomicInteger created = new AtomicInteger();

  OkrSetController(ScoringPolicy policy, Clock clock, OkrLinter linter, MessageResolver messages) {
    this.policy = policy;
    this.clock = clock;
    this.linter = linter;
    this.messages = messages;
  }

  @PostMapping("/okr-sets")
  ResponseEntity<Scorecard> score(@RequestBody OkrSet set, @RequestParam(name = "asOf", required = false) LocalDate asOf) {
    Scorecard card = Scorer.evaluate(set, policy, instant(asOf));
    return ResponseEntity.created(URI.create("/okr-sets/" + created.incrementAndGet())).body(card);
  }

  @PostMapping("/okr-sets/lint")
  List<Map<String, String>> lint(@RequestBody OkrSet set, @RequestParam(name = "asOf", required = false) LocalDate asOf, Locale locale) {
    return linter.lint(set, instant(asOf)).map(f -> finding(f, locale)).toJavaList();
  }

  private Map<String, String> finding(Finding f, Locale locale) {
    return Map.of("code", f.code(), "severity", f.severity().name(), "pointer", f.path().toString(),
        "message", f.message(locale, messages), "fix", f.fix(locale, messages).getOrElse(""));
  }

  private Instant instant(LocalDate asOf) {
    return asOf == null ? clock.instant() : asOf.atStartOfDay(clock.getZone()).toInstant();
  }
}
