package ai.ope.responses.api.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.SharedFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming reader frames events exactly as the rules say, however the bytes arrive. */
class ServerSentEventReaderTest {

  @Test
  void everyRecordedStreamReadsTheSameInAnyChunking() throws IOException {
    List<Path> streams = SharedFixtures.corpusStreams();
    assertThat(streams).hasSize(38);
    Random random = new Random(42);
    for (Path stream : streams) {
      byte[] bytes = Files.readAllBytes(stream);
      List<ServerSentEvent> expected = ServerSentEvent.parseAll(
          new String(bytes, StandardCharsets.UTF_8));
      assertThat(readAll(new ByteArrayInputStream(bytes))).as(stream.toString())
          .isEqualTo(expected);
      assertThat(readAll(new Trickle(bytes, random, 7))).as(stream.toString())
          .isEqualTo(expected);
    }
  }

  @Test
  void splitsInsideCharactersAndLineEndsDoNotMatter() throws IOException {
    String text = "\uFEFFevent: response.output_text.delta\r\n"
        + "data: {\"delta\":\"déjà 😀 €\"}\r\n\r\n" + ": keep-alive\r\r"
        + "data: a\rdata: b\r\r" + "data: [DONE]\n\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<ServerSentEvent> expected = List.of(
        new ServerSentEvent("response.output_text.delta", "{\"delta\":\"déjà 😀 €\"}", null),
        new ServerSentEvent(null, "a\nb", null),
        new ServerSentEvent(null, "[DONE]", null));

    for (int size = 1; size <= 5; size++) {
      assertThat(readAll(new Trickle(bytes, null, size))).as("chunks of " + size)
          .isEqualTo(expected);
    }
    assertThat(ServerSentEvent.parseAll(text)).isEqualTo(expected);
  }

  @Test
  void theEndOfTheInputDispatchesACompleteEventAndDropsACutLine() throws IOException {
    byte[] complete = "data: {\"a\":1}\n".getBytes(StandardCharsets.UTF_8);
    byte[] cut = "data: {\"a\":1}\n\ndata: {\"b\"".getBytes(StandardCharsets.UTF_8);

    assertThat(readAll(new ByteArrayInputStream(complete)))
        .containsExactly(new ServerSentEvent(null, "{\"a\":1}", null));
    assertThat(readAll(new ByteArrayInputStream(cut)))
        .containsExactly(new ServerSentEvent(null, "{\"a\":1}", null));
  }

  @Test
  void aVeryLongLineIsReadWhole() throws IOException {
    String big = "x".repeat(100_000);

    List<ServerSentEvent> events = readAll(new ByteArrayInputStream(
        ("data: " + big + "\n\n").getBytes(StandardCharsets.UTF_8)));

    assertThat(events).singleElement().extracting(ServerSentEvent::data).isEqualTo(big);
  }

  @Test
  void everyRecordedEventDecodesFromTheBytesAsFromItsText() throws IOException {
    Random random = new Random(7);
    int decoded = 0;
    for (Path stream : SharedFixtures.corpusStreams()) {
      byte[] bytes = Files.readAllBytes(stream);
      List<ServerSentEvent> expected = ServerSentEvent.parseAll(
          new String(bytes, StandardCharsets.UTF_8));
      try (ServerSentEventReader reader = new ServerSentEventReader(
          new Trickle(bytes, random, 300))) {
        for (ServerSentEvent frame : expected) {
          assertThat(reader.advance()).as(stream.toString()).isTrue();
          assertThat(reader.isDone()).isEqualTo(frame.isDone());
          if (!frame.isDone()) {
            assertThat(reader.toEvent()).as(stream + " " + frame.data())
                .isEqualTo(frame.toEvent());
            decoded++;
          }
          assertThat(reader.current()).isEqualTo(frame);
        }
        assertThat(reader.advance()).isFalse();
      }
    }
    assertThat(decoded).isGreaterThan(5000);
  }

  @Test
  void theCurrentEventIsReadFromTheReaderUntilTheNextRead() throws IOException {
    String text = "id: 7\nevent: response.output_text.delta\ndata: {\"type\":"
        + "\"response.output_text.delta\",\ndata: \"delta\":\"é😀\"}\n\n"
        + "data: {\"sequence_number\":3}\n\n" + "data:  [DONE] \n\n";
    ServerSentEventReader reader = new ServerSentEventReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(reader::toEvent).isInstanceOf(IllegalStateException.class);
    assertThat(reader.advance()).isTrue();
    assertThat(reader.eventName()).isEqualTo("response.output_text.delta");
    assertThat(reader.id()).isEqualTo("7");
    assertThat(reader.data())
        .isEqualTo("{\"type\":\"response.output_text.delta\",\n\"delta\":\"é😀\"}");
    assertThat(StandardCharsets.UTF_8.decode(reader.dataBytes()).toString())
        .isEqualTo(reader.data());
    assertThat(reader.dataBytes().isReadOnly()).isTrue();
    assertThat(reader.isDone()).isFalse();
    assertThat(reader.toEvent()).isInstanceOfSatisfying(OutputTextDeltaEvent.class,
        delta -> assertThat(delta.delta()).isEqualTo("é😀"));

    assertThat(reader.advance()).isTrue();
    assertThat(reader.eventName()).isNull();
    assertThat(reader.id()).as("the last id stays in force").isEqualTo("7");
    assertThat(reader.toEvent()).isInstanceOf(UnknownStreamEvent.class);

    assertThat(reader.advance()).isTrue();
    assertThat(reader.isDone()).isTrue();
    assertThat(reader.advance()).isFalse();
    assertThatThrownBy(reader::data).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCharacterSplitAcrossReadsDecodesWhole() throws IOException {
    String data = "{\"type\":\"response.output_text.delta\",\"delta\":\"déjà 😀 € \\u00e9\"}";
    byte[] bytes = ("event: response.output_text.delta\r\ndata: " + data + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    for (int size = 1; size <= 5; size++) {
      ServerSentEventReader reader = new ServerSentEventReader(new Trickle(bytes, null, size));

      assertThat(reader.advance()).isTrue();
      assertThat(reader.toEvent()).as("chunks of " + size)
          .isEqualTo(ResponsesJson.parseEvent("response.output_text.delta", data));
    }
  }

  @Test
  void doneIsRecognisedWithAnyWhitespaceTheTextFormAccepts() throws IOException {
    for (String data : new String[] {"[DONE]", " [DONE]\u2003", "\u001c[DONE]", "\t[DONE]\n",
        "[DONE] x", "[done]", "{\"a\":\"[DONE]\"}", "\u00a0[DONE]"}) {
      String stream = "data:" + data.replace("\n", "\ndata:") + "\n\n";
      ServerSentEventReader reader = new ServerSentEventReader(
          new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));

      assertThat(reader.advance()).isTrue();
      assertThat(reader.isDone()).as(data).isEqualTo(reader.current().isDone());
    }
  }

  static List<ServerSentEvent> readAll(InputStream in) throws IOException {
    List<ServerSentEvent> events = new ArrayList<>();
    try (ServerSentEventReader reader = new ServerSentEventReader(in)) {
      for (ServerSentEvent event = reader.next(); event != null; event = reader.next()) {
        events.add(event);
      }
    }
    return events;
  }

  /** Gives out its bytes a few at a time, as a network does: fixed or random chunk sizes. */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private final int size;
    private int position;

    Trickle(byte[] bytes, Random random, int size) {
      this.bytes = bytes;
      this.random = random;
      this.size = size;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (position == bytes.length) {
        return -1;
      }
      int chunk = random == null ? size : 1 + random.nextInt(size);
      int count = Math.min(Math.min(chunk, length), bytes.length - position);
      System.arraycopy(bytes, position, target, offset, count);
      position += count;
      return count;
    }
  }

  @Test
  void anEventLargerThanTheLimitIsRefusedWithoutReadingItAll() throws IOException {
    String small = "event: a\ndata: " + "x".repeat(900) + "\n\n";
    // one endless line: the reader must stop near the limit, not at the end of the input
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'y';
      }

      @Override
      public int read(byte[] bytes, int offset, int length) {
        Arrays.fill(bytes, offset, offset + length, (byte) 'y');
        return length;
      }
    };
    InputStream input = new SequenceInputStream(
        new ByteArrayInputStream((small + "data: ").getBytes(StandardCharsets.UTF_8)), endless);
    ServerSentEventReader reader = new ServerSentEventReader(input, 1_000);

    assertThat(reader.next().data()).hasSize(900);
    assertThatThrownBy(reader::next).isInstanceOf(IOException.class)
        .hasMessageContaining("larger than 1000 bytes");
  }

  @Test
  void manyLinesOfOneEventCountTogether() {
    String event = "data: 0123456789\n".repeat(100) + "\n";
    ServerSentEventReader reader = new ServerSentEventReader(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), 1_000);

    assertThatThrownBy(reader::next).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> new ServerSentEventReader(InputStream.nullInputStream(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
