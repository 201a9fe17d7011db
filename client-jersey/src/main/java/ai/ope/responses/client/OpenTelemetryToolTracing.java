package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/**
 * The tool loop's spans: {@code run_tools {model}} (INTERNAL) over the loop, its turns' chat spans
 * as children, and an {@code execute_tool {name}} span (INTERNAL, as the GenAI conventions
 * describe it) per function run, parented explicitly since functions may run on other threads.
 * With content capture on, an {@code execute_tool} span also carries the function's arguments and
 * result ({@code gen_ai.tool.call.arguments}, {@code gen_ai.tool.call.result}).
 */
final class OpenTelemetryToolTracing implements ToolTracing {

  private static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
  private static final AttributeKey<String> TOOL_CALL_ID =
      AttributeKey.stringKey("gen_ai.tool.call.id");
  private static final AttributeKey<String> TOOL_TYPE = AttributeKey.stringKey("gen_ai.tool.type");
  /** Content: the function's arguments and what it returned, only when capture is on. */
  static final AttributeKey<String> TOOL_ARGUMENTS =
      AttributeKey.stringKey("gen_ai.tool.call.arguments");
  static final AttributeKey<String> TOOL_RESULT =
      AttributeKey.stringKey("gen_ai.tool.call.result");

  private final Tracer tracer;
  private final boolean captureContent;

  OpenTelemetryToolTracing(Tracer tracer, boolean captureContent) {
    this.tracer = tracer;
    this.captureContent = captureContent;
  }

  @Override
  public Run start(CreateResponseRequest request) {
    String model = request.model();
    Span loop = tracer.spanBuilder(model == null ? "run_tools" : "run_tools " + model)
        .setSpanKind(SpanKind.INTERNAL).setParent(Context.current())
        .setAttribute(GenAiAttributes.OPERATION, "run_tools")
        .setAttribute(GenAiAttributes.PROVIDER, "openai").startSpan();
    if (model != null) {
      loop.setAttribute(GenAiAttributes.REQUEST_MODEL, model);
    }
    Context context = Context.current().with(loop);
    Scope scope = context.makeCurrent();
    return new Run() {
      @Override
      public ToolCallOutcome function(FunctionCall call, Supplier<ToolCallOutcome> run) {
        Span span = tracer.spanBuilder("execute_tool " + call.name())
            .setSpanKind(SpanKind.INTERNAL).setParent(context)
            .setAttribute(GenAiAttributes.OPERATION, "execute_tool")
            .setAttribute(TOOL_NAME, call.name()).setAttribute(TOOL_TYPE, "function")
            .startSpan();
        if (call.callId() != null) {
          span.setAttribute(TOOL_CALL_ID, call.callId());
        }
        if (captureContent && call.arguments() != null) {
          span.setAttribute(TOOL_ARGUMENTS, call.arguments());
        }
        // current while the function runs, so that what it calls is traced beneath it
        Scope inside = span.makeCurrent();
        try {
          ToolCallOutcome outcome = run.get();
          if (outcome.failure() != null) {
            failed(span, outcome.failure());
          } else if (captureContent && outcome.output() != null) {
            span.setAttribute(TOOL_RESULT, outcome.output());
          }
          return outcome;
        } catch (RuntimeException failure) {
          failed(span, failure);
          throw failure;
        } finally {
          inside.close();
          span.end();
        }
      }

      @Override
      public void end(RuntimeException failure) {
        if (failure != null) {
          failed(loop, failure);
        }
        scope.close();
        loop.end();
      }
    };
  }

  private static void failed(Span span, Throwable failure) {
    span.setAttribute(GenAiAttributes.ERROR_TYPE, failure.getClass().getName());
    span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
  }
}
