package ai.ope.responses.api.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Wrappers that keep a caller's stream open: JSON-P parsers and generators close their source or
 * target, but a caller reading an HTTP body or writing a file expects to keep its stream.
 */
final class Unclosed {

  private Unclosed() {}

  static final class Input extends FilterInputStream {
    Input(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes its own stream
    }
  }

  static final class Bytes extends FilterOutputStream {
    Bytes(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static final class Chars extends FilterWriter {
    Chars(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
