package ai.ope.responses.client.cdi;

import ai.ope.responses.client.AccessTokenSupplier;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.ResponsesClientBuilder;
import ai.ope.responses.client.ResponsesClientListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessSyntheticBean;
import jakarta.ws.rs.client.Client;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Makes {@code @Inject ResponsesClient} work in any CDI container with no code in the application:
 * registered as a portable extension ({@code META-INF/services}), so it works whatever the
 * application's bean discovery mode.
 *
 * <p>It adds, as {@code @ApplicationScoped} beans closed when the container shuts down: the
 * default {@link ResponsesClient} ({@code @Default}, also {@code @ResponsesClientName("")}); one
 * {@link ResponsesClient} per name used with {@link ResponsesClientName} at an injection point or
 * found in the configuration's keys;
 * and for each, a plain JAX-RS {@link Client} with the feature registered, qualified
 * {@code @ResponsesClientName}. Settings come from
 * {@link ResponsesClientBuilder#fromConfig(String)} (MicroProfile Config when present, else
 * system properties and the environment). Asynchronous work runs on the container's default
 * {@code ManagedExecutorService} when there is one. Calls are traced and measured with the
 * container's {@code OpenTelemetry} bean when there is one (MicroProfile Telemetry), else with
 * {@code GlobalOpenTelemetry} (see {@link ResponsesClientBuilder#openTelemetry}). Every
 * {@link ResponsesClientListener} bean of the application ({@code @Default} qualifier) is
 * registered on every injected client, as {@link ResponsesClientBuilder#listener} would. An
 * {@link AccessTokenSupplier} bean gives the client its tokens
 * ({@link ResponsesClientBuilder#bearerTokenSupplier}; then no API key is needed): an
 * unqualified one for the default client, one qualified {@code @ResponsesClientName("name")} for
 * a named client.
 *
 * <p>Every client the application injects is checked at deployment: a missing API key or an
 * invalid value fails the deployment with a message naming the keys to set. An application that
 * produces its own default {@code ResponsesClient} keeps it: the extension then adds its default
 * client only under {@code @ResponsesClientName("")}.
 */
public final class ResponsesCdiExtension implements Extension {

  private final Set<String> injectedNames = new ConcurrentSkipListSet<>();
  private volatile boolean applicationHasDefault;

  /** Creates the extension; the container does, through {@code ServiceLoader}. */
  public ResponsesCdiExtension() {}

  void collectInjectionPoints(@Observes ProcessInjectionPoint<?, ?> event) {
    InjectionPoint point = event.getInjectionPoint();
    Type wanted = beanType(point.getType());
    ResponsesClientName name = qualifier(point.getQualifiers());
    if (wanted == ResponsesClient.class || wanted == Client.class && name != null) {
      injectedNames.add(name == null ? "" : name.value());
    }
  }

  void noticeApplicationDefault(@Observes ProcessBean<?> event) {
    Bean<?> bean = event.getBean();
    if (!(event instanceof ProcessSyntheticBean) && bean.getTypes().contains(ResponsesClient.class)
        && bean.getQualifiers().contains(Default.Literal.INSTANCE)) {
      applicationHasDefault = true;
    }
  }

  void addClients(@Observes AfterBeanDiscovery event) {
    // named clients: those injected, and those configured (for programmatic lookup)
    Set<String> names = new TreeSet<>(injectedNames);
    names.addAll(ResponsesClientBuilder.configuredClientNames());
    names.add("");
    for (String name : names) {
      ResponsesClientName qualifier = ResponsesClientName.Literal.of(name);
      Annotation[] qualifiers = name.isEmpty() && !applicationHasDefault
          ? new Annotation[] {qualifier, Default.Literal.INSTANCE, Any.Literal.INSTANCE}
          : new Annotation[] {qualifier, Any.Literal.INSTANCE};
      event.<ResponsesClient>addBean()
          .id(ResponsesCdiExtension.class.getName() + ".client." + name)
          .beanClass(ResponsesCdiExtension.class)
          .types(ResponsesClient.class, Object.class)
          .qualifiers(qualifiers)
          .scope(ApplicationScoped.class)
          .produceWith(beans -> createClient(name, beans))
          .destroyWith((client, context) -> client.close());
      event.<Client>addBean()
          .id(ResponsesCdiExtension.class.getName() + ".jaxrs." + name)
          .beanClass(ResponsesCdiExtension.class)
          .types(Client.class, Object.class)
          .qualifiers(qualifier, Any.Literal.INSTANCE)
          .scope(ApplicationScoped.class)
          .createWith(context -> ResponsesClientBuilder.fromConfig(name).buildJaxRsClient())
          .destroyWith((client, context) -> client.close());
    }
  }

  void checkConfiguration(@Observes AfterDeploymentValidation event, BeanManager beans) {
    for (String name : injectedNames) {
      try {
        ResponsesClientBuilder builder = ResponsesClientBuilder.fromConfig(name);
        if (ApplicationBeans.has(beans, AccessTokenSupplier.class, supplierQualifier(name))) {
          // the bean is not created yet: a stand-in says "no key needed" to the check
          builder.bearerTokenSupplier(() -> null);
        }
        builder.validate();
      } catch (IllegalStateException | IllegalArgumentException e) {
        event.addDeploymentProblem(new IllegalStateException("Cannot configure the "
            + describe(name) + ": " + e.getMessage(), e));
      }
    }
  }

  private static ResponsesClient createClient(String name, Instance<Object> beans) {
    ResponsesClientBuilder builder = ResponsesClientBuilder.fromConfig(name);
    ManagedExecutors.lookup().ifPresent(builder::executor);
    // the application's listener beans watch every injected client (an audit log, metrics)
    ApplicationBeans.select(beans, ResponsesClientListener.class).forEach(builder::listener);
    // rotating tokens: the application's supplier bean for this client, when it has one
    Instance<AccessTokenSupplier> tokens =
        ApplicationBeans.select(beans, AccessTokenSupplier.class, supplierQualifier(name));
    if (tokens.isResolvable()) {
      builder.bearerTokenSupplier(tokens.get());
    }
    if (ContainerTelemetry.apiPresent()) {
      ContainerTelemetry.use(beans, builder);
    }
    return builder.build();
  }

  /** The default client's supplier is unqualified; a named client's has its name. */
  private static Annotation supplierQualifier(String name) {
    return name.isEmpty() ? Default.Literal.INSTANCE : ResponsesClientName.Literal.of(name);
  }

  private static String describe(String name) {
    return name.isEmpty() ? "default ResponsesClient" : "ResponsesClient \"" + name + "\"";
  }

  /** The bean type an injection point asks for: {@code X} also for {@code Instance<X>}. */
  private static Type beanType(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw
        && (raw.getName().equals("jakarta.enterprise.inject.Instance")
            || raw.getName().equals("jakarta.inject.Provider"))) {
      return parameterized.getActualTypeArguments()[0];
    }
    return type;
  }

  private static ResponsesClientName qualifier(Set<Annotation> qualifiers) {
    for (Annotation annotation : qualifiers) {
      if (annotation instanceof ResponsesClientName name) {
        return name;
      }
    }
    return null;
  }
}
