package io.baoxun.testkit;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.fact.Fact;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A pack, loaded once, that a test runs on texts and files in the same way {@code baoxun extract}
 * does (without the checks across documents). Immutable and safe to share between tests.
 *
 * <pre>{@code
 * static final Baoxun BAOXUN = Baoxun.load(Path.of("my-pack"));
 * List<Fact> facts = BAOXUN.extract("截至3月20日12时，莘县已完成核酸检测79.4万人次");
 * }</pre>
 */
public final class Baoxun {
  private final Pack pack;
  private final ReadContext context;
  private final DocumentProcessor processor;

  private Baoxun(Pack pack, ReadContext context) {
    this.pack = pack;
    this.context = context;
    this.processor = new DocumentProcessor(pack, context);
  }

  /**
   * Loads the pack in {@code packDir} (a folder with {@code grammar/} and {@code rules/}).
   *
   * @throws IllegalArgumentException naming every problem of a pack that does not load, as
   *     {@code baoxun check} prints them
   */
  public static Baoxun load(Path packDir) {
    try {
      return new Baoxun(PackLoader.load(packDir), ReadContext.NONE);
    } catch (PackException e) {
      throw new IllegalArgumentException(
          "the pack in '" + packDir + "' does not load:\n"
              + e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    }
  }

  /** The same pack, filling in {@code year} for dates printed without one ({@code --year}). */
  public Baoxun withYear(int year) {
    return new Baoxun(pack, ReadContext.ofYear(year));
  }

  public Pack pack() {
    return pack;
  }

  /** The facts of a text, in output order (by start offset). */
  public List<Fact> extract(String text) {
    return facts(processor.process(new Input.Text("-", text)));
  }

  /** The facts of a file, read as {@code extract} reads it (UTF-8 or GB18030). */
  public List<Fact> extract(Path file) {
    return facts(process(file));
  }

  /** Everything processing a file gives: facts, the findings of the document's checks, or why it could not be read. */
  public DocumentResult process(Path file) {
    String name = file.toString();
    try {
      return processor.process(new Input.Bytes(name, Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static List<Fact> facts(DocumentResult r) {
    if (r instanceof DocumentResult.Failed f) {
      throw new IllegalArgumentException(f.doc() + ": " + f.message());
    }
    return ((DocumentResult.Processed) r).facts();
  }

  @Override
  public String toString() {
    return "Baoxun[" + pack.dir() + (context.year().isPresent() ? ", year " + context.year().getAsInt() : "") + "]";
  }
}
