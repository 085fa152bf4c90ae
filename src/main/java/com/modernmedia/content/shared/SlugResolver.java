package com.modernmedia.content.shared;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds a resource named in a URL by its slug or its id, following the slug
 * history: an old slug throws {@link SlugMovedException} (a 301), an unknown
 * one a 404.
 */
@ApplicationScoped
public class SlugResolver implements PanacheRepositoryBase<SlugRedirect, SlugRedirect.Key> {

    private final Clock clock;

    SlugResolver(Clock clock) {
        this.clock = clock;
    }

    static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public <T> T resolve(ContentKind kind, String slugOrId, Function<UUID, Optional<T>> byId,
                         Function<String, Optional<T>> bySlug, Function<T, String> slugOf) {
        if (UUID_SHAPE.matcher(slugOrId).matches()) {
            return byId.apply(UUID.fromString(slugOrId)).orElseThrow(() -> notFound(kind, "id", slugOrId));
        }
        if (slugOrId.length() > QueryParams.MAX_SLUG_LENGTH || !QueryParams.SLUG.matcher(slugOrId).matches()) {
            throw notFound(kind, "slug", slugOrId); // no such slug can exist, so the database is not asked
        }
        Optional<T> found = bySlug.apply(slugOrId);
        if (found.isPresent()) {
            return found.get();
        }
        Optional<String> current = findByIdOptional(new SlugRedirect.Key(kind.value(), slugOrId))
                .flatMap(redirect -> byId.apply(redirect.targetId)).map(slugOf);
        if (current.isPresent()) {
            throw new SlugMovedException(slugOrId, current.get());
        }
        throw notFound(kind, "slug", slugOrId);
    }

    /**
     * The slug a resource is written with. A new one ({@code current} null) takes the slug asked for, or one
     * made from its name; a slug asked for must be free (409). A changed slug leaves the old one answering
     * 301 to the resource; a slug taken over stops redirecting elsewhere.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String assign(ContentKind kind, UUID id, String current, String requested, String name) {
        if (current != null && (requested == null || requested.equals(current))) {
            return current;
        }
        String slug = requested != null ? requested : Slugs.unique(name, candidate -> taken(kind, candidate));
        Slugs.checkFree(kind, slug, candidate -> taken(kind, candidate));
        deleteById(new SlugRedirect.Key(kind.value(), slug));
        if (current != null) {
            SlugRedirect redirect = findByIdOptional(new SlugRedirect.Key(kind.value(), current)).orElseGet(SlugRedirect::new);
            redirect.key = new SlugRedirect.Key(kind.value(), current);
            redirect.targetId = id;
            redirect.createdAt = clock.instant();
            persist(redirect);
        }
        return slug;
    }

    /** Any resource of the kind, deleted ones too, holds its slug (the unique index on slug agrees). */
    private boolean taken(ContentKind kind, String slug) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists (select 1 from " + kind.value() + " where slug = ?1)", Boolean.class)
                .setParameter(1, slug).getSingleResult();
    }

    private static ProblemException notFound(ContentKind kind, String key, String value) {
        return ProblemException.notFound("No " + (kind == ContentKind.ARTICLE ? "published article" : kind.value())
                + " has the " + key + " '" + value + "'.");
    }
}
