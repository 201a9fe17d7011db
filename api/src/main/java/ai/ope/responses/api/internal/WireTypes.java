package ai.ope.responses.api.internal;

/** The discriminator a model class writes, read once per class from its {@link WireType}. */
public final class WireTypes {

  private static final ClassValue<String> TYPES = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      WireType wireType = type.getAnnotation(WireType.class);
      return wireType == null ? null : wireType.value()[0];
    }
  };

  private WireTypes() {}

  /**
   * The discriminator of a model class.
   *
   * @param type a record of a sealed union
   * @return its first {@link WireType} value, or null when it has none
   */
  public static String of(Class<?> type) {
    return TYPES.get(type);
  }
}
