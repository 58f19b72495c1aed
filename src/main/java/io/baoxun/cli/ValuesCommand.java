package io.baoxun.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code baoxun values}; the value-layer work fills it in. */
@Command(name = "values", description = "Show the numbers, quantities, percents and times found in each input line.")
final class ValuesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
