package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A user's approximate location, to localise search results.
 *
 * @param type {@code approximate}
 * @param country an ISO 3166 two-letter code
 * @param region the region
 * @param city the city
 * @param timezone an IANA time zone
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record UserLocation(
    String type,
    String country,
    String region,
    String city,
    String timezone,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param type {@code approximate}
   * @param country an ISO 3166 two-letter code
   * @param region the region
   * @param city the city
   * @param timezone an IANA time zone
   * @param extra members this type does not model, or null for none
   */
  public UserLocation {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param type {@code approximate}
   * @param country an ISO 3166 two-letter code
   * @param region the region
   * @param city the city
   * @param timezone an IANA time zone
   */
  public UserLocation(String type, String country, String region, String city, String timezone) {
    this(type, country, region, city, timezone, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
