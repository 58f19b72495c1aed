package io.baoxun.beam;

import io.baoxun.pipeline.Input;
import io.baoxun.pipeline.Inputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads documents from paths exactly as {@code extract} does ({@link Inputs}): files, folders
 * (their {@code *.txt} files at any depth, in sorted order), {@code .jsonl} files (a document per
 * line) and {@code -} for standard input; an input that cannot be read becomes an {@link
 * Input.Unreadable} with the same message, so it is reported, never lost.
 *
 * <p>Folders are listed on a worker and their files read on many: paths must name the same files
 * on every worker (a shared or distributed file system mounted alike). Standard input is read when
 * the pipeline is built, on the machine that launches it.
 */
public final class ReadInputs extends PTransform<PBegin, PCollection<PlacedInput>> {
  private static final long serialVersionUID = 1L;

  private final List<String> paths;
  private final byte[] stdin;

  private ReadInputs(List<String> paths, byte[] stdin) {
    this.paths = List.copyOf(paths);
    this.stdin = stdin;
  }

  /** Reads these paths; {@code -} reads standard input now. */
  public static ReadInputs from(List<String> paths, InputStream stdin) {
    byte[] bytes = null;
    if (paths.contains("-")) {
      try {
        bytes = stdin.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
      }
    }
    return new ReadInputs(paths, bytes);
  }

  @Override
  public PCollection<PlacedInput> expand(PBegin begin) {
    List<KV<Integer, String>> numbered = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      numbered.add(KV.of(i, paths.get(i)));
    }
    KvCoder<List<Integer>, String> placedPath = KvCoder.of(ListCoder.of(VarIntCoder.of()), StringUtf8Coder.of());
    return begin
        .apply("Paths", Create.of(numbered).withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())))
        .apply("ListFolders", ParDo.of(new ListFolders()))
        .setCoder(placedPath)
        // Spreads the files over the workers before they are read.
        .apply("SpreadFiles", Reshuffle.viaRandomKey())
        .apply("Read", ParDo.of(new Read(stdin)))
        .setCoder(PlacedInputCoder.of())
        // One .jsonl file can hold a whole archive: spread its documents too.
        .apply("SpreadDocuments", Reshuffle.viaRandomKey());
  }

  /** A folder becomes its files, each placed after the argument's place; any other path stays. */
  static final class ListFolders extends DoFn<KV<Integer, String>, KV<List<Integer>, String>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<Integer, String> arg, OutputReceiver<KV<List<Integer>, String>> out) {
      String path = arg.getValue();
      if (!path.equals("-") && Files.isDirectory(Path.of(path))) {
        try {
          List<String> files = Inputs.folderFiles(Path.of(path));
          for (int i = 0; i < files.size(); i++) {
            out.output(KV.of(List.of(arg.getKey(), i), files.get(i)));
          }
          return;
        } catch (IOException | UncheckedIOException e) {
          // Read sees the folder again and reports it as extract does.
        }
      }
      out.output(KV.of(List.of(arg.getKey(), 0), path));
    }
  }

  /** Reads one path through {@link Inputs}: a file gives one input, a .jsonl file one per line. */
  static final class Read extends DoFn<KV<List<Integer>, String>, PlacedInput> {
    private static final long serialVersionUID = 1L;
    private final byte[] stdin;

    Read(byte[] stdin) {
      this.stdin = stdin;
    }

    @ProcessElement
    public void process(@Element KV<List<Integer>, String> path, OutputReceiver<PlacedInput> out) {
      InputStream in = new ByteArrayInputStream(stdin == null ? new byte[0] : stdin);
      Inputs inputs = new Inputs(List.of(path.getValue()), in);
      int n = 0;
      while (inputs.hasNext()) {
        Input input = inputs.next();
        List<Integer> place = new ArrayList<>(path.getKey());
        place.add(n++);
        out.output(new PlacedInput(place, input));
      }
    }
  }
}
