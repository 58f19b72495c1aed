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

  /** The pack, or empty after printing every problem (the command then exits 2). */
  static Optional<Pack> load(Path typed, PrintWriter err) {
    try {
      return Optional.of(PackLoader.load(PackLocation.resolve(typed)));
    } catch (PackException e) {
      CheckCommand.printDiagnostics(err, e);
      return Optional.empty();
    }
  }
}
