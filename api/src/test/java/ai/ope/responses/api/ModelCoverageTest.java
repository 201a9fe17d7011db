package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every type name of the wire-format inventory has its own model class, and every model class
 * follows the rules the codec and JSON-B rely on.
 */
class ModelCoverageTest {

  static final List<String> INPUT_ITEM_TYPES = List.of("message", "file_search_call",
      "computer_call", "computer_call_output", "web_search_call", "function_call",
      "function_call_output", "tool_search_call", "tool_search_output", "additional_tools",
      "reasoning", "compaction", "image_generation_call", "code_interpreter_call",
      "local_shell_call", "local_shell_call_output", "shell_call", "shell_call_output",
      "apply_patch_call", "apply_patch_call_output", "mcp_list_tools", "mcp_approval_request",
      "mcp_approval_response", "mcp_call", "custom_tool_call_output", "custom_tool_call",
      "compaction_trigger", "item_reference", "program", "program_output");

  static final List<String> OUTPUT_ITEM_TYPES = INPUT_ITEM_TYPES.stream()
      .filter(type -> !type.equals("compaction_trigger") && !type.equals("item_reference"))
      .toList();

  static final List<String> TOOL_TYPES = List.of("function", "file_search", "computer",
      "computer_use_preview", "web_search", "web_search_2025_08_26", "mcp", "code_interpreter",
      "programmatic_tool_calling", "image_generation", "local_shell", "shell", "custom",
      "namespace", "tool_search", "web_search_preview", "web_search_preview_2025_03_11",
      "apply_patch");

  static final List<String> CONTENT_PART_TYPES = List.of("input_text", "input_image",
      "input_file", "output_text", "refusal", "reasoning_text", "summary_text", "text",
      "computer_screenshot");

  static final List<String> EVENT_TYPES = List.of("response.created", "response.queued",
      "response.in_progress", "response.completed", "response.incomplete", "response.failed",
      "error", "response.output_item.added", "response.output_item.done",
      "response.content_part.added", "response.content_part.done", "response.output_text.delta",
      "response.output_text.done", "response.output_text.annotation.added",
      "response.refusal.delta", "response.refusal.done", "response.reasoning_summary_part.added",
      "response.reasoning_summary_part.done", "response.reasoning_summary_text.delta",
      "response.reasoning_summary_text.done", "response.reasoning_text.delta",
      "response.reasoning_text.done", "response.function_call_arguments.delta",
      "response.function_call_arguments.done", "response.custom_tool_call_input.delta",
      "response.custom_tool_call_input.done", "response.file_search_call.in_progress",
      "response.file_search_call.searching", "response.file_search_call.completed",
      "response.web_search_call.in_progress", "response.web_search_call.searching",
      "response.web_search_call.completed", "response.code_interpreter_call.in_progress",
      "response.code_interpreter_call_code.delta", "response.code_interpreter_call_code.done",
      "response.code_interpreter_call.interpreting", "response.code_interpreter_call.completed",
      "response.image_generation_call.in_progress", "response.image_generation_call.generating",
      "response.image_generation_call.partial_image",
      "response.image_generation_call.completed", "response.mcp_list_tools.in_progress",
      "response.mcp_list_tools.completed", "response.mcp_list_tools.failed",
      "response.mcp_call.in_progress", "response.mcp_call_arguments.delta",
      "response.mcp_call_arguments.done", "response.mcp_call.completed",
      "response.mcp_call.failed", "response.shell_call_command.added",
      "response.shell_call_command.delta", "response.shell_call_command.done",
      "response.shell_call_output_content.delta", "response.shell_call_output_content.done",
      "response.audio.delta", "response.audio.done", "response.audio.transcript.delta",
      "response.audio.transcript.done");

  @Test
  void theInventoryCountsMatchTheSpec() {
    assertThat(INPUT_ITEM_TYPES).hasSize(30).doesNotHaveDuplicates();
    assertThat(OUTPUT_ITEM_TYPES).hasSize(28);
    assertThat(TOOL_TYPES).hasSize(18).doesNotHaveDuplicates();
    assertThat(EVENT_TYPES).hasSize(58).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @FieldSource("EVENT_TYPES")
  void everyStreamEventTypeHasItsRecord(String type) {
    String json = "{\"type\":\"" + type + "\",\"sequence_number\":7}";

    ResponseStreamEvent event = ResponsesJson.parseEvent(null, json);

    assertThat(event).isNotInstanceOf(UnknownStreamEvent.class);
    assertThat(event.type()).isEqualTo(type);
    assertThat(event.sequenceNumber()).isEqualTo(7);
    assertThat(event.isTerminal()).isEqualTo(List.of("error", "response.completed",
        "response.failed", "response.incomplete").contains(type));
    assertThat(ResponsesJson.toJson(event)).isEqualTo(json);
  }

  @ParameterizedTest
  @FieldSource("INPUT_ITEM_TYPES")
  void everyInputItemTypeHasItsRecord(String type) {
    InputItem item = ResponsesJson.fromJson("{\"type\":\"" + type + "\"}", InputItem.class);

    assertThat(item).isNotInstanceOf(UnknownItem.class);
    assertThat(item.type()).isEqualTo(type);
  }

  @ParameterizedTest
  @FieldSource("OUTPUT_ITEM_TYPES")
  void everyOutputItemTypeHasItsRecord(String type) {
    OutputItem item = ResponsesJson.fromJson("{\"type\":\"" + type + "\"}", OutputItem.class);

    assertThat(item).isNotInstanceOf(UnknownItem.class);
  }

  @ParameterizedTest
  @FieldSource("TOOL_TYPES")
  void everyToolTypeHasItsRecord(String type) {
    Tool tool = ResponsesJson.fromJson("{\"type\":\"" + type + "\"}", Tool.class);

    assertThat(tool).isNotInstanceOf(UnknownTool.class);
    assertThat(tool.type()).isEqualTo(type);
    assertThat(ResponsesJson.toJson(tool)).isEqualTo("{\"type\":\"" + type + "\"}");
  }

  @ParameterizedTest
  @FieldSource("CONTENT_PART_TYPES")
  void everyContentPartTypeHasItsRecord(String type) {
    ContentPart part = ResponsesJson.fromJson("{\"type\":\"" + type + "\"}", ContentPart.class);

    assertThat(part).isNotInstanceOf(UnknownContentPart.class);
    assertThat(part.type()).isEqualTo(type);
  }

  @Test
  void everyModelTypeIsBoundByTheCodecAndFollowsItsRules() {
    Set<Class<?>> types = reachableFrom(Response.class, CreateResponseRequest.class,
        InputTokensRequest.class, CompactRequest.class, CompactedResponse.class,
        InputItemList.class, DeletedResponse.class, InputTokenCount.class, ErrorResponse.class,
        ResponseStreamEvent.class);

    assertThat(types).hasSizeGreaterThan(150);
    for (Class<?> type : types) {
      assertThat(type.getAnnotation(JsonbTypeSerializer.class)).as(type.getName())
          .extracting(JsonbTypeSerializer::value).isEqualTo(ModelJsonbSerializer.class);
      assertThat(type.getAnnotation(JsonbTypeDeserializer.class)).as(type.getName())
          .extracting(JsonbTypeDeserializer::value).isEqualTo(ModelJsonbDeserializer.class);
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        RecordComponent last = components[components.length - 1];
        boolean objectRecord = last.getName().equals("extra") && last.getType() == JsonObject.class;
        assertThat(objectRecord || components.length == 1)
            .as("%s keeps unknown members or wraps one value", type.getName()).isTrue();
        for (RecordComponent component : components) {
          assertThat(component.getType().isPrimitive())
              .as("%s.%s is nullable", type.getName(), component.getName()).isFalse();
        }
      } else {
        assertThat(type.isSealed()).as("%s is a sealed union", type.getName()).isTrue();
      }
    }
  }

  private static Set<Class<?>> reachableFrom(Class<?>... roots) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    ArrayDeque<Type> pending = new ArrayDeque<>(List.of(roots));
    while (!pending.isEmpty()) {
      Type next = pending.pop();
      if (next instanceof ParameterizedType parameterized) {
        pending.addAll(List.of(parameterized.getActualTypeArguments()));
        continue;
      }
      if (!(next instanceof Class<?> type) || !type.getPackageName().startsWith("ai.ope")
          || !seen.add(type)) {
        continue;
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          pending.add(component.getGenericType());
        }
      }
      if (type.isSealed()) {
        pending.addAll(List.of(type.getPermittedSubclasses()));
      }
    }
    return seen;
  }
}
