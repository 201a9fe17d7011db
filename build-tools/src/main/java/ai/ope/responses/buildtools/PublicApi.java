package ai.ope.responses.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of a compiled module, as sorted lines: every public or protected type of the
 * packages its {@code module-info} exports to everyone, and every public or protected member those
 * types declare, with its full generic signature.
 *
 * <p>Read by reflection from the compiled classes, so what is listed is what a user compiles
 * against. Inherited members are not repeated: they show under the type that declares them.
 */
public final class PublicApi {

  private PublicApi() {}

  /**
   * Describes the module compiled into a folder.
   *
   * @param classes the compiled module ({@code target/classes}), holding {@code module-info.class}
   * @param loader a class loader that sees those classes and everything they refer to
   * @return the lines, sorted, without duplicates
   * @throws UncheckedIOException when the folder cannot be read
   * @throws IllegalArgumentException when the folder holds no {@code module-info.class}
   */
  public static List<String> describe(Path classes, ClassLoader loader) {
    TreeSet<String> lines = new TreeSet<>();
    for (String exported : exportedPackages(classes)) {
      Path folder = classes.resolve(exported.replace('.', '/'));
      for (String typeName : topLevelTypes(folder)) {
        Class<?> type = load(exported + "." + typeName, loader);
        if (Modifier.isPublic(type.getModifiers())) {
          describeType(type, lines);
        }
      }
    }
    return List.copyOf(lines);
  }

  private static void describeType(Class<?> type, TreeSet<String> lines) {
    lines.add(Signatures.type(type));
    for (Field field : type.getDeclaredFields()) {
      if (visible(field)) {
        lines.add(Signatures.field(field));
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor)) {
        lines.add(Signatures.constructor(constructor));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method) && !method.isBridge()) {
        lines.add(Signatures.method(method));
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (isPublicOrProtected(nested.getModifiers())) {
        describeType(nested, lines);
      }
    }
  }

  private static boolean visible(Member member) {
    return isPublicOrProtected(member.getModifiers()) && !member.isSynthetic();
  }

  private static boolean isPublicOrProtected(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<String> exportedPackages(Path classes) {
    Path moduleInfo = classes.resolve("module-info.class");
    if (!Files.isRegularFile(moduleInfo)) {
      throw new IllegalArgumentException("no module-info.class in " + classes);
    }
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(export -> !export.isQualified()).map(ModuleDescriptor.Exports::source)
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + moduleInfo, e);
    }
  }

  private static List<String> topLevelTypes(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$")
              && !name.equals("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(name + " is compiled but not on the class path", e);
    }
  }
}
