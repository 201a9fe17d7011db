package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A secret a hosted container may send to one domain. {@link #toString()} masks the value.
 *
 * @param domain the domain
 * @param name the secret
 * @param value its value
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record DomainSecret(
    String domain,
    String name,
    String value,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param domain the domain
   * @param name the secret
   * @param value its value
   * @param extra members this type does not model, or null for none
   */
  public DomainSecret {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param domain the domain
   * @param name the secret
   * @param value its value
   */
  public DomainSecret(String domain, String name, String value) {
    this(domain, name, value, null);
  }

  @Override
  public String toString() {
    return "DomainSecret[domain=" + domain + ", name=" + name + ", value="
        + (value == null ? null : "***") + ", extra=" + ModelStrings.extra(this) + "]";
  }
}
