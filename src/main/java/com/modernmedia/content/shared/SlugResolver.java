package com.modernmedia.content.shared;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

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

    static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public <T> T resolve(String kind, String slugOrId, Function<UUID, Optional<T>> byId,
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
        Optional<String> current = findByIdOptional(new SlugRedirect.Key(kind, slugOrId))
                .flatMap(redirect -> byId.apply(redirect.targetId)).map(slugOf);
        if (current.isPresent()) {
            throw new SlugMovedException(slugOrId, current.get());
        }
        throw notFound(kind, "slug", slugOrId);
    }

    /** A live resource took this slug: an old link with it no longer leads elsewhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(String kind, String slug) {
        deleteById(new SlugRedirect.Key(kind, slug));
    }

    /** A resource changed its slug: the old one answers 301 to the resource from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(String kind, String oldSlug, String newSlug, UUID targetId) {
        claim(kind, newSlug);
        SlugRedirect redirect = findByIdOptional(new SlugRedirect.Key(kind, oldSlug)).orElseGet(SlugRedirect::new);
        redirect.key = new SlugRedirect.Key(kind, oldSlug);
        redirect.targetId = targetId;
        redirect.createdAt = Instant.now();
        persist(redirect);
    }

    private static ProblemException notFound(String kind, String key, String value) {
        return ProblemException.notFound("No " + (kind.equals("article") ? "published article" : kind)
                + " has the " + key + " '" + value + "'.");
    }
}
