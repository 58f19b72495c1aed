package io.baoxun.testkit;

import io.baoxun.pipeline.DocumentResult;
import io.baoxun.regress.Snapshots;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden snapshot tests for a JUnit 5 {@code @TestFactory}: one dynamic test per input file,
 * comparing the pack's output with the input's snapshot ({@code GOLDEN_DIR/<input name>.jsonl},
 * the JSON Lines {@code extract} writes), as {@code baoxun diff GOLDEN_DIR INPUTS} does. A test
 * fails with the fact-level diff: which fact appeared, disappeared or changed which field.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> pagesMatchTheirSnapshots() {
 *   return GoldenTests.of(Baoxun.load(Path.of("my-pack")), Path.of("pages"), Path.of("pages/golden"));
 * }
 * }</pre>
 *
 * A snapshot with no input fails too, so a renamed or deleted input does not leave its snapshot
 * unchecked. After an intended change, {@code baoxun diff --update GOLDEN_DIR INPUTS} rewrites the
 * snapshots, to be reviewed before they are committed.
 */
public final class GoldenTests {
  private GoldenTests() {}

  /**
   * The tests for {@code inputs} (a {@code .txt} file, or a folder walked for {@code *.txt} in
   * sorted order, as {@code extract} walks it) against the snapshots in {@code goldenDir}. Each
   * input is named as the path given joined with its place in the folder, as on the command line.
   */
  public static Stream<DynamicTest> of(Baoxun baoxun, Path inputs, Path goldenDir) {
    List<Path> files = inputFiles(inputs);
    Set<Path> paired = new HashSet<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      Path snapshot = Snapshots.of(goldenDir, file.toString());
      paired.add(snapshot.toAbsolutePath().normalize());
      tests.add(DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> check(baoxun, file, snapshot, goldenDir, inputs)));
    }
    for (Path snapshot : snapshots(goldenDir)) {
      if (!paired.contains(snapshot.toAbsolutePath().normalize())) {
        tests.add(DynamicTest.dynamicTest(snapshot.toString(), snapshot.toUri(), () -> {
          throw new AssertionError(snapshot + " is the snapshot of no input in " + inputs
              + ": delete it, or restore its input");
        }));
      }
    }
    return tests.stream();
  }

  private static void check(Baoxun baoxun, Path file, Path snapshot, Path goldenDir, Path inputs) throws IOException {
    DocumentResult result = baoxun.process(file);
    String now = Snapshots.records(result);
    String update = "; after an intended change, run: baoxun diff --update " + goldenDir + " " + inputs;
    if (!Files.exists(snapshot)) {
      throw new AssertionError(file + ": no snapshot " + snapshot + " yet" + update);
    }
    String before = Files.readString(snapshot, StandardCharsets.UTF_8);
    String today = Snapshots.renamedLike(now, result.doc(), before);
    List<String> diff = Snapshots.diff(before, today, text(file));
    if (!diff.isEmpty()) {
      throw new AssertionError(file + " differs from " + snapshot + update + "\n  " + String.join("\n  ", diff));
    }
  }

  private static String text(Path file) throws IOException {
    return Decoder.decode(Files.readAllBytes(file)) instanceof DecodeResult.Decoded d ? d.text() : null;
  }

  private static List<Path> inputFiles(Path inputs) {
    if (!Files.isDirectory(inputs)) {
      return List.of(inputs);
    }
    try (Stream<Path> s = Files.walk(inputs)) {
      // Sorted by path string, as extract walks folders, so names and order match the command line's.
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt"))
          .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + inputs, e);
    }
  }

  private static List<Path> snapshots(Path goldenDir) {
    if (!Files.isDirectory(goldenDir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(goldenDir)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + goldenDir, e);
    }
  }
}
