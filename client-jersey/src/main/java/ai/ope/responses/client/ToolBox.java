package ai.ope.responses.client;

import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.Tool;
import ai.ope.responses.api.schema.StructuredJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The functions a tool loop may run ({@link ResponsesClient#runTools}): each a function tool and
 * the Java code that answers it. Immutable; {@code with} returns a larger box.
 *
 * <pre>{@code
 * @Description("Current weather in a city")
 * record GetWeather(String city) {}
 *
 * ToolBox tools = ToolBox.empty()
 *     .with(GetWeather.class, call -> weatherService.current(call.city()));
 * }</pre>
 */
public final class ToolBox {

  /** A function and its handler, which takes the arguments' JSON and returns the result. */
  record Entry(FunctionTool tool, Function<String, ?> handler) {}

  private static final ToolBox EMPTY = new ToolBox(Map.of());

  private final Map<String, Entry> functions;

  private ToolBox(Map<String, Entry> functions) {
    this.functions = functions;
  }

  /**
   * A box with no function.
   *
   * @return the empty box
   */
  public static ToolBox empty() {
    return EMPTY;
  }

  /**
   * This box and a function whose arguments are a record ({@link Tool#function(Class)}); the
   * handler's result is sent back as JSON ({@link StructuredJson#write}), a {@code String} as is.
   *
   * @param <A> the arguments' record type
   * @param argumentsType the record
   * @param handler runs the function
   * @return the larger box
   */
  public <A> ToolBox with(Class<A> argumentsType,
      Function<? super A, ?> handler) {
    Objects.requireNonNull(handler, "handler");
    return with(Tool.function(argumentsType),
        arguments -> handler.apply(StructuredJson.read(arguments, argumentsType)));
  }

  /**
   * This box and a function described by hand, whose handler reads the arguments' JSON itself.
   *
   * @param tool the function tool
   * @param handler runs the function on the arguments' JSON
   * @return the larger box
   * @throws IllegalArgumentException when the box has a function of that name
   */
  public ToolBox with(FunctionTool tool, Function<String, ?> handler) {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(handler, "handler");
    if (functions.containsKey(tool.name())) {
      throw new IllegalArgumentException("the tool box already has a function " + tool.name());
    }
    Map<String, Entry> larger = new LinkedHashMap<>(functions);
    larger.put(tool.name(), new Entry(tool, handler));
    return new ToolBox(Collections.unmodifiableMap(larger));
  }

  /**
   * The function tools, to send with a request.
   *
   * @return the tools
   */
  public List<FunctionTool> tools() {
    return functions.values().stream().map(Entry::tool).toList();
  }

  Optional<Entry> find(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  @Override
  public String toString() {
    return "ToolBox" + functions.keySet();
  }
}
