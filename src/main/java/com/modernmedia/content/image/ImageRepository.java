package com.modernmedia.content.image;

import com.modernmedia.content.model.Image;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.write.Dependent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

/** Public so that what points at an image (a person) can check that it is live. */
@ApplicationScoped
public class ImageRepository implements PanacheRepositoryBase<Image, UUID> {

    public Optional<Image> findLiveById(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    /** Ids of images not deleted, in id order after the id (the nil UUID: from the first): a full sync's pages. */
    List<UUID> liveIdsAfter(UUID after, int limit) {
        return getEntityManager().createQuery("select i.id from Image i where i.deletedAt is null and i.id > :after order by i.id",
                        UUID.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** The articles (any status but deleted) that show the image, as hero or in the body, at their revision. */
    Set<Dependent> articlesShowing(UUID imageId) {
        return getEntityManager().createQuery("select a.id, a.revision from Article a where a.deletedAt is null "
                        + "and (a.heroImage.id = :id or exists (select 1 from Article x join x.images i "
                        + "where x.id = a.id and i.id = :id))", Object[].class)
                .setParameter("id", imageId).getResultStream()
                .map(row -> new Dependent(ContentKind.ARTICLE, (UUID) row[0], (Integer) row[1])).collect(Collectors.toSet());
    }

    /** Articles (any status but deleted) that show the image, as hero or in the body. */
    long countArticlesUsing(UUID imageId) {
        return getEntityManager().createQuery("select count(a) from Article a where a.deletedAt is null "
                        + "and (a.heroImage.id = :id or exists (select 1 from Article x join x.images i "
                        + "where x.id = a.id and i.id = :id))", Long.class)
                .setParameter("id", imageId).getSingleResult();
    }

    /** People (not deleted) whose picture it is. */
    long countPeopleUsing(UUID imageId) {
        return getEntityManager().createQuery("select count(p) from Person p where p.image.id = :id and p.deletedAt is null",
                Long.class).setParameter("id", imageId).getSingleResult();
    }
}
