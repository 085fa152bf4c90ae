package com.modernmedia.content.image;

import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.shared.CacheInvalidation;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Preconditions;
import com.modernmedia.content.shared.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Images as public assets, addressed by id: read by anyone, written by editors. */
@ApplicationScoped
class ImageService {

    static final String KIND = "image";

    private final ImageRepository images;
    private final MergePatch patches;
    private final AuditLog audit;
    private final CacheInvalidation invalidation;

    ImageService(ImageRepository images, MergePatch patches, AuditLog audit, CacheInvalidation invalidation) {
        this.images = images;
        this.patches = patches;
        this.audit = audit;
        this.invalidation = invalidation;
    }

    ImageDetail get(UUID id) {
        return ImageDetail.from(find(id));
    }

    @Transactional
    ImageDetail create(ImageInput input) {
        Image image = new Image();
        image.id = UUID.randomUUID();
        image.revision = 1;
        image.createdAt = Instant.now();
        apply(image, input);
        images.persist(image);
        audit.record("create", KIND, image.id, Map.of("url", image.url));
        invalidation.changed(KIND, image.id, List.of("list-articles"));
        images.flush();
        return ImageDetail.from(image);
    }

    @Transactional
    ImageDetail replace(UUID id, String ifMatch, ImageInput input) {
        Image image = find(id);
        Preconditions.checkIfMatch(ifMatch, image.revision);
        apply(image, input);
        audit.record("update", KIND, image.id, Map.of("url", image.url));
        invalidation.changed(KIND, image.id, List.of("list-articles"));
        images.flush();
        return ImageDetail.from(image);
    }

    @Transactional
    ImageDetail patch(UUID id, String ifMatch, String mergePatch) {
        return replace(id, ifMatch, patches.apply(ImageInput.from(find(id)), mergePatch, ImageInput.class));
    }

    /** A soft delete: the image is no longer served, its row stays as a tombstone. */
    @Transactional
    void delete(UUID id, String ifMatch) {
        Image image = find(id);
        Preconditions.checkIfMatch(ifMatch, image.revision);
        long articles = images.countArticlesUsing(image.id);
        if (articles > 0) {
            throw ProblemException.conflict("The image is shown by " + articles + " article(s); take it off them first.");
        }
        long people = images.countPeopleUsing(image.id);
        if (people > 0) {
            throw ProblemException.conflict("The image is the picture of " + people + " person(s); take it off them first.");
        }
        image.deletedAt = Instant.now();
        image.updatedAt = image.deletedAt;
        audit.record("delete", KIND, image.id, Map.of("url", image.url));
        invalidation.changed(KIND, image.id, List.of("list-articles"));
        images.flush();
    }

    private void apply(Image image, ImageInput input) {
        image.url = input.url();
        image.width = input.width();
        image.height = input.height();
        image.altText = input.altText();
        image.caption = input.caption();
        image.credit = input.credit();
        image.updatedAt = Instant.now();
    }

    private Image find(UUID id) {
        return images.findLiveById(id).orElseThrow(() -> ProblemException.notFound("No image has the id '" + id + "'."));
    }
}
