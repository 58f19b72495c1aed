package io.baoxun.text;

/** What decoding a file's bytes gives: its text, or where and why it could not be read. */
public sealed interface DecodeResult {
  /** Text decoded from {@code encoding} ("UTF-8" or "GB18030"). */
  record Decoded(String text, String encoding) implements DecodeResult {}

  /** Bytes that are no supported text; {@code byteOffset} is where reading failed. */
  record Undecodable(long byteOffset, String message) implements DecodeResult {}
}
