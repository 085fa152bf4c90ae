package com.modernmedia.content.image;

import com.modernmedia.content.model.Image;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.PublishedKind;
import com.modernmedia.content.write.EditableKind;
import com.modernmedia.content.write.WritePipeline;
import com.modernmedia.content.write.Dependent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Images as public assets, addressed by id: read by anyone, written by editors. */
@ApplicationScoped
class ImageService implements EditableKind<Image, ImageInput>, PublishedKind {

    private final ImageRepository images;
    private final WritePipeline pipeline;
    private final SecurityIdentity identity;

    ImageService(ImageRepository images, WritePipeline pipeline, SecurityIdentity identity) {
        this.images = images;
        this.pipeline = pipeline;
        this.identity = identity;
    }

    /** A partner does not get an image not cleared for syndication: a 404, like anything its rights leave out. */
    ImageDetail get(UUID id) {
        Image image = findLive(id.toString());
        if (!image.syndicationCleared && Audience.of(identity).isPartner()) {
            throw ProblemException.notFound("No image has the id '" + id + "'.");
        }
        return ImageDetail.from(image);
    }

    /** Every image that is not deleted is public. */
    @Override
    public List<UUID> publishedIdsAfter(UUID after, int limit, Audience audience) {
        return images.liveIdsAfter(after, limit);
    }

    @Override
    public Optional<ImageDetail> published(UUID id, Audience audience) {
        return images.findLiveById(id).filter(image -> image.syndicationCleared || !audience.isPartner()).map(ImageDetail::from);
    }

    /** Images have no slug. */
    @Override
    public Optional<Withdrawn> withdrawn(UUID id, Audience audience) {
        return images.findByIdOptional(id).map(image -> new Withdrawn(null, image.revision, image.isDeleted()
                ? Withdrawn.Reason.DELETED : Withdrawn.Reason.OUT_OF_SCOPE));
    }

    @Transactional
    ImageDetail create(ImageInput input) {
        return ImageDetail.from(pipeline.create(this, input));
    }

    @Transactional
    ImageDetail replace(UUID id, String ifMatch, ImageInput input) {
        return ImageDetail.from(pipeline.replace(this, id.toString(), ifMatch, input));
    }

    @Transactional
    ImageDetail patch(UUID id, String ifMatch, byte[] mergePatch) {
        return ImageDetail.from(pipeline.patch(this, id.toString(), ifMatch, mergePatch));
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        pipeline.delete(this, id.toString(), ifMatch);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.IMAGE;
    }

    @Override
    public Class<ImageInput> inputType() {
        return ImageInput.class;
    }

    @Override
    public Image newEntity() {
        return new Image();
    }

    /** Images have no slug: the key is the id the resource bound from the path. */
    @Override
    public Image findLive(String id) {
        return images.findLiveById(UUID.fromString(id))
                .orElseThrow(() -> ProblemException.notFound("No image has the id '" + id + "'."));
    }

    @Override
    public ImageInput inputOf(Image image) {
        return ImageInput.from(image);
    }

    @Override
    public void apply(Image image, ImageInput input) {
        image.url = input.url();
        image.width = input.width();
        image.height = input.height();
        image.altText = input.altText();
        image.caption = input.caption();
        image.credit = input.credit();
        image.syndicationCleared = input.syndicationCleared() == null || input.syndicationCleared();
    }

    /** Its clearance decides which partners see it in the articles that show it. */
    @Override
    public Set<String> audienceFields() {
        return Set.of("syndicationCleared");
    }

    /** The articles (not deleted) that show it: a change of its clearance changes what partners get of them. */
    @Override
    public Set<Dependent> dependents(Image image) {
        return images.articlesShowing(image.id);
    }

    @Override
    public void prepareDelete(Image image) {
        long articles = images.countArticlesUsing(image.id);
        if (articles > 0) {
            throw ProblemException.conflict("The image is shown by " + articles + " article(s); take it off them first.");
        }
        long people = images.countPeopleUsing(image.id);
        if (people > 0) {
            throw ProblemException.conflict("The image is the picture of " + people + " person(s); take it off them first.");
        }
    }

    /** Everything that shows an image embeds it whole: its tag covers it. */
    @Override
    public Set<String> listedIn(Image image) {
        return Set.of();
    }

    @Override
    public Map<String, Object> describe(Image image) {
        return Map.of("url", image.url);
    }
}
