package com.modernmedia.content.shared;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods each path of the API allows, read once from the resource
 * classes, for the {@code Allow} header that RFC 9110 requires on a 405
 * (RESTEasy Reactive answers 405 without it), the media types each read answers, for the detail of a 406, and the
 * path template a request path matches, for the metrics of answers given before any resource runs.
 */
@Singleton
public class AllowedMethods {

    private record Route(String template, Pattern path, String method, List<String> produces) {
    }

    private final List<Route> routes = new ArrayList<>();

    public AllowedMethods(BeanManager beans) {
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .forEach(this::addRoutes);
    }

    /** The methods allowed on a request path, as the Allow header lists them. */
    public String forPath(String requestPath) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(requestPath).matches()) {
                allowed.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    allowed.add(HttpMethod.HEAD);
                }
                allowed.add(HttpMethod.OPTIONS);
            }
        }
        return String.join(", ", allowed);
    }

    /** The template of the resource path a request path matches ({@code /api/v1/articles/{slugOrId}}), if any. */
    public Optional<String> templateOf(String requestPath) {
        return routes.stream().filter(route -> route.path().matcher(requestPath).matches()).map(Route::template).findFirst();
    }

    /** The media types a GET of the path answers in, as the resource declares them. */
    public List<String> producedFor(String requestPath) {
        return routes.stream().filter(route -> route.method().equals(HttpMethod.GET) && route.path().matcher(requestPath).matches())
                .flatMap(route -> route.produces().stream()).distinct().toList();
    }

    private void addRoutes(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod != null) {
                Path path = method.getAnnotation(Path.class);
                Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                        : resource.getAnnotation(Produces.class);
                String template = normalized(path == null ? base : base + "/" + path.value());
                routes.add(new Route(template, pattern(template), httpMethod, produces == null ? List.of() : List.of(produces.value())));
            }
        }
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** A path as its annotations join it, with one slash between segments and none at the end. */
    private static String normalized(String template) {
        return ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    /** A path template such as /api/v1/people/{slugOrId}/quotes as a regular expression. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
