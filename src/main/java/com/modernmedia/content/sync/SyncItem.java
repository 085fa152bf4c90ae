package com.modernmedia.content.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.modernmedia.content.article.ArticleDetail;
import com.modernmedia.content.image.ImageDetail;
import com.modernmedia.content.person.PersonDetail;
import com.modernmedia.content.quote.QuoteDetail;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.PublishedKind.Withdrawn;
import com.modernmedia.content.shared.Versioned;
import com.modernmedia.content.topic.TopicDetail;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;
import java.util.UUID;

/**
 * One resource in a sync page: an entry (what the partner sees now, whole, in the field named by its kind)
 * or a tombstone (what the partner must remove, and why).
 */
@Schema(name = "SyncItem", description = "A resource as it is now (type entry: the field named by kind holds it, exactly as its "
        + "GET answers), or a resource to remove (type tombstone: reason says why, slug names what it was)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncItem(
        @Schema(examples = "entry", enumeration = {"entry", "tombstone"}) Type type,
        @Schema(examples = "article", enumeration = {"article", "person", "topic", "quote", "image"}) ContentKind kind,
        @Schema(examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") UUID id,
        @Schema(description = "The resource's revision: of the entry, or the last one before it was removed", examples = "3")
        int revision,
        @Schema(description = "Tombstones only, why: deleted (for good), unpublished (out of the public's sight, may come "
                + "back), and for partners rights-expired, embargoed (comes back when the embargo ends) or out-of-scope "
                + "(not within this partner's rights)", examples = "unpublished",
                enumeration = {"deleted", "unpublished", "rights-expired", "embargoed", "out-of-scope"}) Withdrawn.Reason reason,
        @Schema(description = "Tombstones only: the slug the resource had (articles, people, topics)",
                examples = "soleimani-and-the-united-states-worked-together-to-beat-isis") String slug,
        @Schema(description = "The article, for an entry of kind article") ArticleDetail article,
        @Schema(description = "The person, for an entry of kind person") PersonDetail person,
        @Schema(description = "The topic, for an entry of kind topic") TopicDetail topic,
        @Schema(description = "The quote, for an entry of kind quote") QuoteDetail quote,
        @Schema(description = "The image, for an entry of kind image") ImageDetail image) {

    @Schema(name = "SyncItemType")
    public enum Type {
        ENTRY, TOMBSTONE;

        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static SyncItem entry(ContentKind kind, UUID id, Versioned resource) {
        return new SyncItem(Type.ENTRY, kind, id, resource.revision(), null, null,
                resource instanceof ArticleDetail article ? article : null,
                resource instanceof PersonDetail person ? person : null,
                resource instanceof TopicDetail topic ? topic : null,
                resource instanceof QuoteDetail quote ? quote : null,
                resource instanceof ImageDetail image ? image : null);
    }

    static SyncItem tombstone(ContentKind kind, UUID id, Withdrawn withdrawn) {
        return new SyncItem(Type.TOMBSTONE, kind, id, withdrawn.revision(), withdrawn.reason(), withdrawn.slug(),
                null, null, null, null, null);
    }
}
