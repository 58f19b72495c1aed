package io.baoxun.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** What decoding a file's bytes gives: its text, or where and why it could not be read. */
public sealed interface DecodeResult {
  /**
   * Text decoded from {@code encoding}: "UTF-8" (with or without BOM, the BOM not part of the
   * text), "GB18030" (which covers GBK and GB2312), or "UTF-16LE"/"UTF-16BE" (only with a BOM).
   */
  record Decoded(String text, String encoding) implements DecodeResult {
    public Decoded {
      checkNotNull(text, "text");
      checkNotNull(encoding, "encoding");
    }
  }

  /**
   * Bytes that are no supported text; {@code byteOffset} is where reading failed (or where the
   * binary content starts) and {@code message} is one line that says so, offset included.
   */
  record Undecodable(long byteOffset, String message) implements DecodeResult {
    public Undecodable {
      checkArgument(byteOffset >= 0, "negative byte offset %s", byteOffset);
      checkArgument(
          message != null && !message.isEmpty() && message.indexOf('\n') < 0,
          "message must be one line: %s",
          message);
    }
  }
}
