package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.Tool;
import ai.ope.responses.api.schema.StructuredJson;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The tool-calling loop: ask, run the functions the model calls, send their outputs back, until
 * the model answers. A stored conversation continues with {@code previous_response_id}; with
 * {@code store: false} nothing is stored, so every turn resends the whole conversation.
 */
final class ToolLoop {

  private final ResponsesClient client;
  private final Executor executor;
  private final ToolTracing tracing;

  ToolLoop(ResponsesClient client, Executor executor, ToolTracing tracing) {
    this.client = client;
    this.executor = executor;
    this.tracing = tracing;
  }

  /** Runs the loop, traced as one span when telemetry is on. */
  ToolRun run(CreateResponseRequest request, ToolBox box, ToolLoopOptions options) {
    ToolTracing.Run trace = tracing.start(request);
    try (ResponsesConnection socket = options.overWebSocket() ? client.connect() : null) {
      ToolRun run = loop(request, box, options, trace, socket);
      trace.end(null);
      return run;
    } catch (RuntimeException failure) {
      trace.end(failure);
      throw failure;
    }
  }

  private ToolRun loop(CreateResponseRequest request, ToolBox box, ToolLoopOptions options,
      ToolTracing.Run trace, ResponsesConnection socket) {
    boolean stored = !Boolean.FALSE.equals(request.store());
    boolean parallel = !Boolean.FALSE.equals(request.parallelToolCalls());
    CreateResponseRequest current = withTools(request, box);
    List<InputItem> conversation = stored || request.input() == null ? new ArrayList<>()
        : new ArrayList<>(request.input().items());
    List<Response> responses = new ArrayList<>();
    List<ToolCallOutcome> outcomes = new ArrayList<>();
    for (int turn = 1; ; turn++) {
      Response response = socket == null ? client.create(current, options.requestOptions())
          : finalResponse(socket.send(current));
      responses.add(response);
      options.listener().onResponse(turn, response);
      List<FunctionCall> calls = response.functionCalls();
      if (calls.isEmpty()) {
        return new ToolRun(response, responses, outcomes);
      }
      if (turn >= options.maxTurns()) {
        throw new ToolLoopException("the model still called " + names(calls) + " after "
            + turn + " turn(s), the most allowed", response, null);
      }
      List<ToolCallOutcome> ran = runAll(calls, box, options, parallel && calls.size() > 1,
          response, trace);
      outcomes.addAll(ran);
      List<InputItem> outputs = ran.stream()
          .<InputItem>map(outcome -> InputItem.functionCallOutput(outcome.call().callId(),
              outcome.output())).toList();
      if (stored) {
        current = current.toBuilder().previousResponseId(response.id()).input(outputs).build();
      } else {
        conversation.addAll(response.output());
        conversation.addAll(outputs);
        current = current.toBuilder().input(conversation).build();
      }
    }
  }

  private static Response finalResponse(ResponseStream events) {
    try (events) {
      return events.finalResponse();
    }
  }

  private List<ToolCallOutcome> runAll(List<FunctionCall> calls, ToolBox box,
      ToolLoopOptions options, boolean parallel, Response response, ToolTracing.Run trace) {
    try {
      if (!parallel) {
        return calls.stream().map(call -> trace.function(call,
            () -> runOne(call, box, options, response))).toList();
      }
      List<CompletableFuture<ToolCallOutcome>> running = calls.stream()
          .map(call -> CompletableFuture.supplyAsync(() -> trace.function(call,
              () -> runOne(call, box, options, response)), executor))
          .toList();
      return running.stream().map(CompletableFuture::join).toList();
    } catch (CompletionException e) {
      throw e.getCause() instanceof ToolLoopException stop ? stop
          : new ToolLoopException("a function failed: " + e.getCause(), response, e.getCause());
    }
  }

  private static ToolCallOutcome runOne(FunctionCall call, ToolBox box, ToolLoopOptions options,
      Response response) {
    ToolCallOutcome outcome = box.find(call.name())
        .map(entry -> invoke(entry, call, options, response))
        .orElseGet(() -> new ToolCallOutcome(call, error("no function named " + call.name()
            + " is available"), null));
    options.listener().onCall(outcome);
    return outcome;
  }

  private static ToolCallOutcome invoke(ToolBox.Entry entry, FunctionCall call,
      ToolLoopOptions options, Response response) {
    try {
      Object result = entry.handler().apply(call.arguments() == null ? "{}" : call.arguments());
      return new ToolCallOutcome(call, result == null ? "null" : StructuredJson.write(result),
          null);
    } catch (RuntimeException failure) {
      if (options.stopOnHandlerError()) {
        throw new ToolLoopException("the function " + call.name() + " failed: " + failure,
            response, failure);
      }
      // the model sees what went wrong and may try again or answer without it
      return new ToolCallOutcome(call, error(failure.getClass().getSimpleName() + ": "
          + failure.getMessage()), failure);
    }
  }

  /** The request with the box's functions added to its tools (those it lacks, by name). */
  private static CreateResponseRequest withTools(CreateResponseRequest request, ToolBox box) {
    List<Tool> tools = request.tools() == null ? new ArrayList<>()
        : new ArrayList<>(request.tools());
    Set<String> present = tools.stream().filter(FunctionTool.class::isInstance)
        .map(tool -> ((FunctionTool) tool).name()).collect(Collectors.toSet());
    box.tools().stream().filter(tool -> !present.contains(tool.name())).forEach(tools::add);
    return request.toBuilder().tools(tools).build();
  }

  private static String error(String message) {
    return Json.createObjectBuilder().add("error", message).build().toString();
  }

  private static String names(List<FunctionCall> calls) {
    return calls.stream().map(FunctionCall::name).distinct().collect(Collectors.joining(", "));
  }
}
