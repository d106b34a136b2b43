package org.okr4j.spring.test;

import io.vavr.collection.List;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.okr4j.model.CheckIn;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The host's endpoints: okr4j values as request bodies, and the host's own. */
@RestController
public class OkrController {

  private final ScoringPolicy policy;
  private final Clock clock;
  private final AtomicInteger created = new AtomicInteger();

  OkrController(ScoringPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** Scores the OKRs posted, as of now; an invalid document never gets here. */
  @PostMapping("/okr-sets")
  ResponseEntity<Scorecard> create(@RequestBody OkrSet set) {
    Scorecard card = Scorer.evaluate(set, policy, clock.instant());
    return ResponseEntity.created(URI.create("/okr-sets/" + created.incrementAndGet())).body(card);
  }

  /** Adds a check-in; okr4j refuses one for a key result the set does not have (an OkrException). */
  @PostMapping("/check-ins")
  OkrSet checkIn(@RequestBody CheckInRequest request) {
    return request.set().withCheckIn(KeyResultId.of(request.keyResult()), request.checkIn())
        .getOrElseThrow(error -> new OkrException(List.of(error)));
  }

  /** The host's own value, which okr4j has nothing to do with. */
  @PostMapping("/notes")
  ResponseEntity<Note> note(@RequestBody Note note) {
    return ResponseEntity.created(URI.create("/notes/1")).body(note);
  }

  /**
   * A host's request holding okr4j values.
   *
   * @param set the OKRs
   * @param keyResult the key result's id
   * @param checkIn the check-in
   */
  public record CheckInRequest(OkrSet set, String keyResult, CheckIn checkIn) {}

  /**
   * A host's own value.
   *
   * @param text the text
   */
  public record Note(String text) {}
}
