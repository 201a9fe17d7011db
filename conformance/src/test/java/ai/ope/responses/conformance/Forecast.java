package ai.ope.responses.conformance;

import java.util.List;

/**
 * The typed answer of the structured-output scenario, in the shape openai-java derives a strict
 * JSON schema from and parses into (public fields, a no-argument constructor): a string, an
 * integer, an enum, an array and a nested object, each required by the derived schema.
 */
final class Forecast {

  /** The city the forecast is for. */
  public String city;
  /** The day's highest temperature. */
  public int highCelsius;
  /** What the sky looks like. */
  public Sky sky;
  /** Words describing the day, hour by hour. */
  public List<String> hourly;
  /** Where the forecast applies. */
  public Place place;

  /** What the sky looks like: an enum in the schema. */
  enum Sky { CLEAR, CLOUDY, RAIN }

  /** A nested object in the schema. */
  static final class Place {
    /** The country's name. */
    public String country;
    /** The latitude in degrees. */
    public double latitude;
  }
}
