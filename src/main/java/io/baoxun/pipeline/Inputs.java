package io.baoxun.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Turns command-line paths into documents, lazily and in a fixed order: arguments as given,
 * folders walked recursively in sorted order for {@code *.txt} (a {@code .jsonl} file is read only
 * when named, as folders hold snapshots and gold in that form), {@code -} for standard input, each
 * line of a named {@code .jsonl} file a document {@code {"id","text"}}.
 */
public final class Inputs implements Iterator<Input> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Deque<String> args;
  private final InputStream stdin;
  private final Deque<Input> ready = new ArrayDeque<>();
  private BufferedReader jsonl;
  private String jsonlName;
  private int jsonlLine;

  public Inputs(Iterable<String> paths, InputStream stdin) {
    this.args = new ArrayDeque<>();
    paths.forEach(this.args::add);
    this.stdin = stdin;
  }

  @Override
  public boolean hasNext() {
    fill();
    return !ready.isEmpty();
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void fill() {
    while (ready.isEmpty()) {
      if (jsonl != null) {
        readJsonlLine();
        continue;
      }
      if (args.isEmpty()) {
        return;
      }
      expand(args.poll());
    }
  }

  private void expand(String arg) {
    if (arg.equals("-")) {
      try {
        ready.add(new Input.Bytes("-", stdin.readAllBytes()));
      } catch (IOException e) {
        ready.add(new Input.Unreadable("-", "cannot read standard input: " + e.getMessage()));
      }
      return;
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      java.util.List<String> found;
      try {
        found = folderFiles(p);
      } catch (IOException | UncheckedIOException e) {
        ready.add(new Input.Unreadable(arg, "cannot read folder: " + e.getMessage()));
        return;
      }
      // The folder's files come next, before the remaining arguments.
      for (int i = found.size() - 1; i >= 0; i--) {
        args.push(found.get(i));
      }
      return;
    }
    if (!Files.exists(p)) {
      ready.add(new Input.Unreadable(arg, "no such file or folder"));
    } else if (arg.endsWith(".jsonl")) {
      try {
        jsonl = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        jsonlName = arg;
        jsonlLine = 0;
      } catch (IOException e) {
        ready.add(new Input.Unreadable(arg, "cannot read: " + e.getMessage()));
      }
    } else {
      try {
        ready.add(new Input.Bytes(arg, Files.readAllBytes(p)));
      } catch (IOException | OutOfMemoryError e) {
        ready.add(new Input.Unreadable(arg, "cannot read: " + e.getMessage()));
      }
    }
  }

  /**
   * The documents a folder holds, as a run reads them: its {@code *.txt} files at any depth,
   * sorted by path string so the order is the same on every file system.
   */
  public static java.util.List<String> folderFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .map(Path::toString)
          .filter(f -> f.endsWith(".txt"))
          .sorted()
          .toList();
    }
  }

  private void readJsonlLine() {
    String line;
    try {
      line = jsonl.readLine();
    } catch (IOException e) {
      ready.add(new Input.Unreadable(jsonlName + ":" + (jsonlLine + 1), "cannot read: " + e.getMessage()));
      closeJsonl();
      return;
    }
    if (line == null) {
      closeJsonl();
      return;
    }
    jsonlLine++;
    if (line.isBlank()) {
      return;
    }
    String where = jsonlName + ":" + jsonlLine;
    try {
      JsonNode n = JSON.readTree(line);
      JsonNode id = n.get("id");
      JsonNode text = n.get("text");
      if (id == null || !id.isTextual() || text == null || !text.isTextual()) {
        ready.add(new Input.Unreadable(where, "a .jsonl line must be {\"id\": string, \"text\": string}"));
      } else {
        ready.add(new Input.Text(id.asText(), text.asText()));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ready.add(new Input.Unreadable(where, "not valid JSON: " + e.getOriginalMessage()));
    }
  }

  private void closeJsonl() {
    try {
      jsonl.close();
    } catch (IOException ignored) {
      // Nothing more is read from it; a failure to close loses nothing.
    }
    jsonl = null;
  }
}
