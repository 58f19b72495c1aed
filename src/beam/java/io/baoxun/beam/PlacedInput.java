package io.baoxun.beam;

import com.google.common.base.Preconditions;
import io.baoxun.pipeline.Input;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A document to extract from, with its place in the input order. A distributed run has no order
 * of its own; the checks across documents need one to break ties (two reports of the same region
 * as of the same hour are judged in input order), and the place gives it: numbers compared one by
 * one, as {@code extract} reads its arguments (argument, file in the folder, line of the {@code
 * .jsonl} file).
 */
@DefaultCoder(PlacedInputCoder.class)
public record PlacedInput(List<Integer> place, Input input) {
  /** Input order: place by place, a shorter place before the longer it begins. */
  public static final Comparator<List<Integer>> ORDER = PlacedInput::compare;

  public PlacedInput {
    place = List.copyOf(place);
    Preconditions.checkNotNull(input);
  }

  /** A document at a single position, for pipelines that number their documents themselves. */
  public static PlacedInput at(int position, Input input) {
    return new PlacedInput(List.of(position), input);
  }

  static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
