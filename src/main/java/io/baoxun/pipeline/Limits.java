package io.baoxun.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Optional;

/**
 * What one document may cost, so that one hostile file cannot cost the rest of a run.
 *
 * @param timeBudget processor time per document ({@code --time-budget}); empty for none. A
 *     document over it becomes an {@code error} record and the run goes on.
 * @param maxDocBytes the largest input read ({@code --max-doc-size}), in bytes as stored (UTF-8
 *     bytes for a {@code .jsonl} line's text); a larger one is an {@code error} record, never read
 *     into memory
 * @param windowChars a document longer than this (in normalised code points) is matched a window
 *     of whole articles at a time, an article longer than this a window of whole paragraphs at a
 *     time, so memory stays bounded
 * @param regionChars a paragraph longer than this is matched in pieces of whole sentences, a
 *     sentence longer than this in pieces of this length, so no grammar attempt runs over more
 */
public record Limits(Optional<Duration> timeBudget, long maxDocBytes, int windowChars, int regionChars) {
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);
  public static final long DEFAULT_MAX_DOC_BYTES = 32L * 1024 * 1024;
  /** Many times the longest page of the seeds and held-out sets (about 7,600 code points). */
  public static final int DEFAULT_WINDOW_CHARS = 50_000;
  /** Ten times the longest paragraph of the seeds and held-out sets (405 code points). */
  public static final int DEFAULT_REGION_CHARS = 4_000;

  /** The defaults of {@code extract}. */
  public static final Limits DEFAULT =
      new Limits(Optional.of(DEFAULT_TIME_BUDGET), DEFAULT_MAX_DOC_BYTES, DEFAULT_WINDOW_CHARS, DEFAULT_REGION_CHARS);

  /** No time budget and no size limit (examples, tools reading one short text). */
  public static final Limits NONE =
      new Limits(Optional.empty(), Long.MAX_VALUE, DEFAULT_WINDOW_CHARS, DEFAULT_REGION_CHARS);

  public Limits {
    timeBudget.ifPresent(b -> checkArgument(!b.isNegative() && !b.isZero(), "time budget must be positive: %s", b));
    checkArgument(maxDocBytes > 0, "maxDocBytes must be positive");
    checkArgument(regionChars >= 16, "regionChars must be at least 16");
    checkArgument(windowChars >= regionChars, "windowChars must be at least regionChars");
  }

  public Limits withTimeBudget(Optional<Duration> budget) {
    return new Limits(budget, maxDocBytes, windowChars, regionChars);
  }

  public Limits withMaxDocBytes(long bytes) {
    return new Limits(timeBudget, bytes, windowChars, regionChars);
  }

  public Limits withWindows(int window, int region) {
    return new Limits(timeBudget, maxDocBytes, window, region);
  }
}
