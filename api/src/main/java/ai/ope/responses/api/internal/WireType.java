package ai.ope.responses.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code "type"} discriminator values that select a record inside a sealed union.
 *
 * <p>A record without a {@code type} component always writes {@code value()[0]} as its first
 * member. A record with a {@code type} component (for types with aliases, or whose discriminator
 * is optional on the wire) reads and writes it like any other member.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WireType {

  /** The discriminator values; the first is the one written. */
  String[] value();

  /**
   * For unions whose objects may omit {@code "type"}: this member is chosen for an untyped object
   * that has this key. Empty means the member always needs its discriminator.
   */
  String whenUntypedHas() default "";
}
