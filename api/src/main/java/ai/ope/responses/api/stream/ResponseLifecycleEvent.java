package ai.ope.responses.api.stream;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * An event that carries a snapshot of the whole response: its creation, progress and end.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ResponseLifecycleEvent extends ResponseStreamEvent permits
    ResponseCreatedEvent, ResponseQueuedEvent, ResponseInProgressEvent, ResponseCompletedEvent,
    ResponseIncompleteEvent, ResponseFailedEvent {

  /**
   * The response as it stands at this event.
   *
   * @return the {@code response} member
   */
  Response response();
}
