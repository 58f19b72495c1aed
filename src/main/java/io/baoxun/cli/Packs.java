package io.baoxun.cli;

import io.baoxun.diag.PackException;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.PackLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Loading the pack a command names, with its problems shown the same way by every command. */
final class Packs {
  /** Exit status for a pack that does not load (a usage error, as the contract has it). */
  static final int BAD_PACK = 2;

  private Packs() {}

  /**
   * The pack, or empty after printing every problem (the command then exits 2). {@code main} is
   * the command line the command belongs to: its {@link EarlyPack} may be loading this very pack.
   */
  static Optional<Pack> load(Main main, Path typed, PrintWriter err) {
    Path dir = PackLocation.resolve(typed);
    try {
      Optional<Pack> early = main == null ? Optional.empty() : main.early().take(dir);
      return Optional.of(early.isPresent() ? early.get() : PackLoader.load(dir));
    } catch (PackException e) {
      CheckCommand.printDiagnostics(err, e);
      return Optional.empty();
    }
  }
}
