package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recorded interactions to replay: a folder of plain files a reviewer can read in a diff.
 *
 * <pre>
 * cassettes/&lt;name&gt;/
 *   001-&lt;slug&gt;/request.json    {"method":"POST","path":"/v1/responses","body":{…}}
 *   001-&lt;slug&gt;/response.json   {"status":200,"headers":{…},"body":{…}}
 *                                (no body for a stream)
 *   001-&lt;slug&gt;/response.sse    the exact bytes of a stream; lines ": +12ms" give the pause
 *                                before the next event and are not replayed
 *   002-websocket/websocket.txt  a WebSocket connection: one line per frame, "&gt;" from the
 *                                client, "&lt;" from the server, each after "+Nms"
 * </pre>
 *
 * <p>A WebSocket connection's {@code response.create} events replay like HTTP requests: each is
 * matched strictly (the create fields, up to key order and the ignored pointers) by an event
 * arriving on a WebSocket to the same path, identical ones in recorded order, and answered by
 * the frames the server sent on its lane, with the recorded pauses.
 *
 * <p>A folder in the layout of the project's shared corpus ({@code meta.json},
 * {@code request.json} and {@code response.json} as raw bodies, {@code status.txt}) loads too.
 * Interactions are read in the order of their folder names.
 */
public final class Cassette {

  private final String name;
  private final List<Interaction> interactions;
  private final List<SocketTurn> socketTurns;

  private Cassette(String name, List<Interaction> interactions, List<SocketTurn> socketTurns) {
    this.name = name;
    this.interactions = List.copyOf(interactions);
    this.socketTurns = List.copyOf(socketTurns);
  }

  /**
   * A cassette from interactions built in code.
   *
   * @param name the cassette's name, for messages
   * @param interactions the interactions, in replay order
   * @return the cassette
   */
  public static Cassette of(String name, List<Interaction> interactions) {
    return new Cassette(Objects.requireNonNull(name, "name"), interactions, List.of());
  }

  /**
   * Loads a cassette folder.
   *
   * @param folder the cassette's folder, one subfolder per interaction
   * @return the cassette
   * @throws UncheckedIOException when the folder cannot be read
   * @throws IllegalArgumentException when a file is malformed, or a link in the folder leads out
   *     of it, naming the file
   */
  public static Cassette load(Path folder) {
    CassetteReader.Contents contents = CassetteReader.read(folder);
    return new Cassette(folder.getFileName().toString(), contents.interactions(),
        contents.socketTurns());
  }

  /**
   * Loads a cassette folder from the class path, e.g. {@code src/test/resources/cassettes/chat}
   * as {@code "cassettes/chat"}; it may be inside a jar.
   *
   * @param resource the folder's resource path
   * @return the cassette
   * @throws IllegalArgumentException when there is no such folder, a file is malformed, or the
   *     path climbs out of the class path folder ({@code ..})
   */
  public static Cassette fromClasspath(String resource) {
    String path = CassettePaths.relativeName(resource);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    URL url = (loader != null ? loader : Cassette.class.getClassLoader()).getResource(path);
    if (url == null) {
      throw new IllegalArgumentException("no cassette folder on the class path at " + path);
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return load(Path.of(uri));
      }
      FileSystem jar;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException open) {
        jar = FileSystems.getFileSystem(uri);
      }
      return load(jar.provider().getPath(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalArgumentException("cannot open cassette " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The folder of a named cassette under a root folder: {@code cassettes/weather} under
   * {@code src/test/resources}. The name must stay below the root.
   *
   * @param root the folder cassettes are kept in
   * @param name a relative path, e.g. {@code cassettes/weather}; one leading {@code /} is ignored
   * @return the cassette's folder
   * @throws IllegalArgumentException when the name is absolute or climbs out with {@code ..}
   */
  public static Path folderIn(Path root, String name) {
    return root.resolve(CassettePaths.relativeName(name));
  }

  /**
   * The cassette's name: its folder's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The HTTP interactions, in replay order.
   *
   * @return the interactions
   */
  public List<Interaction> interactions() {
    return interactions;
  }

  /**
   * How many {@code response.create} events of recorded WebSocket connections the cassette
   * replays.
   *
   * @return the number of events; 0 when it holds no connection
   */
  public int webSocketEvents() {
    return socketTurns.size();
  }

  /** The events of the recorded WebSocket connections, with their answers, in replay order. */
  List<SocketTurn> socketTurns() {
    return socketTurns;
  }

  @Override
  public String toString() {
    return "Cassette[" + name + ", " + interactions.size() + " interactions"
        + (socketTurns.isEmpty() ? "" : ", " + socketTurns.size() + " WebSocket events") + "]";
  }
}
