package org.okr4j.hostile;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/**
 * Runs {@link Call}s on a worker thread and judges them. A call passes when it returns, or throws
 * {@link OkrException} with well-formed errors (a code, bounded messages in both languages), or is
 * {@code compareTo(null)}, which throws {@link NullPointerException} as {@link Comparable}
 * requires; and when it, and then
 * {@code hashCode()}, {@code toString()} and {@code equals} on what it returned, each take at most
 * {@link #CPU_LIMIT_NANOS} of CPU time. The guard counts CPU time, not wall-clock time, so a loaded
 * build machine cannot fail it; a call still running after {@link #HANG_SECONDS} is a hang.
 */
final class Runner implements AutoCloseable {

  static final long CPU_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(1);
  static final int HANG_SECONDS = 30;
  private static final int MAX_MESSAGE = 2_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ExecutorService worker = newWorker();

  /** Counts of what calls did: returned, threw OkrException, threw NullPointerException by contract. */
  final java.util.concurrent.atomic.AtomicLongArray tally = new java.util.concurrent.atomic.AtomicLongArray(4);
  static final int RETURNED = 0;
  static final int OKR_EXCEPTION = 1;
  static final int CONTRACT_NPE = 2;
  static final int CONTRACT_NULL_CALLS = 3;

  /** What became of a call: what it returned or the {@link OkrException} it threw, and a problem, if any. */
  record Outcome(@Nullable Object result, @Nullable Throwable thrown, @Nullable String problem) {

    Outcome(@Nullable Object result, @Nullable String problem) {
      this(result, null, problem);
    }
  }

  Outcome run(Call call) {
    if (!call.contractNulls.isEmpty()) {
      tally.incrementAndGet(CONTRACT_NULL_CALLS);
    }
    Future<Outcome> future = worker.submit(() -> judge(call, tally));
    try {
      return future.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return new Outcome(null, "did not return within " + HANG_SECONDS + " s");
    } catch (ExecutionException e) {
      return new Outcome(null, "the test itself failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Outcome judge(Call call, java.util.concurrent.atomic.AtomicLongArray tally) {
    long start = THREADS.getCurrentThreadCpuTime();
    Object result = null;
    Throwable thrown = null;
    try {
      result = call.run();
    } catch (Throwable t) {
      thrown = t;
    }
    long cpu = THREADS.getCurrentThreadCpuTime() - start;
    if (cpu > CPU_LIMIT_NANOS) {
      return new Outcome(null, "took " + cpu / 1_000_000 + " ms of CPU time");
    }
    if (thrown != null) {
      tally.incrementAndGet(thrown instanceof OkrException ? OKR_EXCEPTION : CONTRACT_NPE);
      return new Outcome(null, thrown instanceof OkrException ? thrown : null, judgeThrown(call, thrown));
    }
    tally.incrementAndGet(RETURNED);
    if (result == null) {
      return new Outcome(null, null);
    }
    try {
      start = THREADS.getCurrentThreadCpuTime();
      String problem = judgeResult(call, result);
      cpu = THREADS.getCurrentThreadCpuTime() - start;
      if (problem == null && cpu > CPU_LIMIT_NANOS) {
        problem = "its result's hashCode, toString, equals and messages took " + cpu / 1_000_000 + " ms of CPU time";
      }
      return new Outcome(result, problem);
    } catch (Throwable t) {
      return new Outcome(null, "its result's hashCode, toString, equals or messages threw " + trace(t));
    }
  }

  private static @Nullable String judgeThrown(Call call, Throwable thrown) {
    if (thrown instanceof OkrException e) {
      // OkrException.getOrThrow(invalid) carries whatever errors the caller's validation held
      boolean callersErrors = call.member.getDeclaringClass() == OkrException.class;
      return callersErrors && e.errors().isEmpty() ? null : errorsProblem(e.errors());
    }
    if (thrown instanceof NullPointerException && !call.contractNulls.isEmpty()
        && call.member.getName().equals("compareTo")) {
      return null; // Comparable's own contract: compareTo(null) throws NullPointerException
    }
    return "threw " + trace(thrown);
  }

  private static @Nullable String judgeResult(Call call, Object result) {
    int hash = result.hashCode();
    String text = result.toString();
    if (!result.equals(result)) {
      return "returned a value not equal to itself";
    }
    if (result instanceof Validation<?, ?> v && v.isInvalid()) {
      return errorsProblem(errors(v.getError()));
    }
    if (result instanceof Either<?, ?> e && e.isLeft() && e.getLeft() instanceof OkrError error) {
      return errorsProblem(io.vavr.collection.List.of(error));
    }
    if (result instanceof OkrError error) {
      return errorsProblem(io.vavr.collection.List.of(error));
    }
    if (!call.mutants.isEmpty() && result.getClass().getName().startsWith("org.okr4j.")
        && !(result instanceof Hostile.Mutant)) {
      call.mutants.forEach(Hostile.Mutant::flip);
      if (result.hashCode() != hash || !result.toString().equals(text)) {
        return "returned a value that changed when a BigDecimal subclass passed in changed afterwards";
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Seq<OkrError> errors(Object errors) {
    return errors instanceof Seq<?> s && s.forAll(OkrError.class::isInstance) ? (Seq<OkrError>) s : io.vavr.collection.List.empty();
  }

  private static @Nullable String errorsProblem(Seq<OkrError> errors) {
    if (errors.isEmpty()) {
      return "reported no error";
    }
    for (OkrError e : errors) {
      if (!e.code().matches("okr(\\.[a-z0-9-]+)+")) {
        return "reported a malformed code " + e.code();
      }
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
        String message = e.message(locale);
        if (message.length() > MAX_MESSAGE) {
          return e.code() + "'s message is " + message.length() + " characters long";
        }
      }
    }
    return null;
  }

  /** Escapes control characters and surrogates, so that reports stay readable text. */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.chars().forEach(c -> {
      if ((c < 0x20 && c != '\n') || (c >= 0xD800 && c <= 0xDFFF) || c == 0x202E || c == 0x202C) {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.append((char) c);
      }
    });
    return sb.toString();
  }

  static String trace(Throwable t) {
    String head = printable(t.toString());
    StringBuilder sb = new StringBuilder(head.length() > 300 ? head.substring(0, 300) : head);
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 8); i++) {
      sb.append("\n      at ").append(frames[i]);
    }
    return sb.toString();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "hostile-input-worker");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
