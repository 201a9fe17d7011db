package ai.ope.responses.buildtools;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line per type or member, as the {@code .api} files show them: the owner's binary name, then
 * the declaration with generic types in full. The owner comes first so that a sorted file groups
 * each type's lines, its header ({@code =}) first.
 */
final class Signatures {

  /** Modifiers that change what a caller or subclass may do; not synchronized, native, … */
  private static final int VISIBLE_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED
      | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL;

  private Signatures() {}

  /** Built here rather than by {@code Class.toGenericString()}, whose text varies by JDK. */
  static String type(Class<?> type) {
    int modifiers = type.getModifiers() & VISIBLE_MODIFIERS
        & (type.isInterface() ? ~Modifier.ABSTRACT : ~0);
    StringBuilder line = new StringBuilder(type.getName()).append(" = ")
        .append(modifiers(modifiers)).append(type.isSealed() ? "sealed " : "")
        .append(kind(type)).append(' ').append(type.getName());
    TypeVariable<?>[] variables = type.getTypeParameters();
    if (variables.length > 0) {
      line.append(Arrays.stream(variables).map(Signatures::typeVariable)
          .collect(Collectors.joining(", ", "<", ">")));
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(superclass.getTypeName());
    }
    appendList(line, type.isInterface() ? " extends " : " implements ",
        type.getGenericInterfaces());
    if (type.isSealed()) {
      appendList(line, " permits ", type.getPermittedSubclasses());
    }
    return line.toString();
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    }
    if (type.isInterface()) {
      return "interface";
    }
    return type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
  }

  static String field(Field field) {
    return field.getDeclaringClass().getName() + " " + modifiers(field.getModifiers())
        + field.getGenericType().getTypeName() + " " + field.getName();
  }

  static String constructor(Constructor<?> constructor) {
    return constructor.getDeclaringClass().getName() + " "
        + modifiers(constructor.getModifiers()) + typeParameters(constructor)
        + constructor.getDeclaringClass().getSimpleName() + parametersAndThrows(constructor);
  }

  static String method(Method method) {
    String defaultMethod = method.isDefault() ? "default " : "";
    return method.getDeclaringClass().getName() + " " + modifiers(method.getModifiers())
        + defaultMethod + typeParameters(method) + method.getGenericReturnType().getTypeName()
        + " " + method.getName() + parametersAndThrows(method);
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers & VISIBLE_MODIFIERS);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String typeParameters(Executable executable) {
    TypeVariable<?>[] variables = executable.getTypeParameters();
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(Signatures::typeVariable)
        .collect(Collectors.joining(", ", "<", "> "));
  }

  private static String typeVariable(TypeVariable<?> variable) {
    List<String> bounds = Arrays.stream(variable.getBounds())
        .filter(bound -> bound != Object.class).map(Type::getTypeName).toList();
    return bounds.isEmpty() ? variable.getName()
        : variable.getName() + " extends " + String.join(" & ", bounds);
  }

  private static String parametersAndThrows(Executable executable) {
    Type[] parameters = executable.getGenericParameterTypes();
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < parameters.length; i++) {
      String name = parameters[i].getTypeName();
      if (executable.isVarArgs() && i == parameters.length - 1 && name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      text.append(i == 0 ? "" : ", ").append(name);
    }
    text.append(')');
    appendList(text, " throws ", executable.getGenericExceptionTypes());
    return text.toString();
  }

  private static void appendList(StringBuilder line, String keyword, Type[] types) {
    if (types.length > 0) {
      line.append(keyword).append(Arrays.stream(types).map(Type::getTypeName)
          .collect(Collectors.joining(", ")));
    }
  }
}
