package com.modernmedia.content.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.modernmedia.content.model.ImageView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.util.UUID;

/**
 * One block of an article body. Stored as JSON in article.body and served as
 * the same structure; an image block gains its image when served.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BodyBlock.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = BodyBlock.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = BodyBlock.ImageBlock.class, name = "image"),
        @JsonSubTypes.Type(value = BodyBlock.PullQuote.class, name = "pull_quote"),
        @JsonSubTypes.Type(value = BodyBlock.Embed.class, name = "embed")})
@Schema(name = "BodyBlock", description = "A block of an article body, told apart by its type",
        oneOf = {BodyBlock.Paragraph.class, BodyBlock.Heading.class, BodyBlock.ImageBlock.class,
                BodyBlock.PullQuote.class, BodyBlock.Embed.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "paragraph", schema = BodyBlock.Paragraph.class),
                @DiscriminatorMapping(value = "heading", schema = BodyBlock.Heading.class),
                @DiscriminatorMapping(value = "image", schema = BodyBlock.ImageBlock.class),
                @DiscriminatorMapping(value = "pull_quote", schema = BodyBlock.PullQuote.class),
                @DiscriminatorMapping(value = "embed", schema = BodyBlock.Embed.class)})
public sealed interface BodyBlock {

    /** The only URLs a body may point to: nothing that runs script. */
    String WEB_URL = "https?://[^\\s]+";

    @Schema(name = "ParagraphBlock", requiredProperties = "type", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "paragraph"))
    record Paragraph(
            @Schema(description = "Plain text", examples = "Few Americans knew the general's name before the strike.")
            @NotBlank @Size(max = 20000) String text)
            implements BodyBlock {
    }

    @Schema(name = "HeadingBlock", requiredProperties = "type", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "heading"))
    record Heading(
            @Schema(examples = "A marriage of convenience") @NotBlank @Size(max = 300) String text,
            @Schema(description = "HTML heading level, 2 to 4", examples = "2") @Min(2) @Max(4) int level)
            implements BodyBlock {
    }

    @Schema(name = "ImageBlock", requiredProperties = "type", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "image"))
    record ImageBlock(
            @NotNull UUID imageId,
            @Schema(description = "The image with its caption and credit")
            @JsonInclude(JsonInclude.Include.NON_NULL) ImageView image,
            @Schema(description = "Only in what a partner reads: true when the image is withheld from it (not cleared for "
                    + "syndication); the image is then left out", readOnly = true, examples = "true")
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean withheld)
            implements BodyBlock {

        /** The block as stored and as editors send it: the image's id only. */
        public ImageBlock(UUID imageId) {
            this(imageId, null, null);
        }
    }

    @Schema(name = "PullQuoteBlock", requiredProperties = "type", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "pull_quote"))
    record PullQuote(
            @Schema(examples = "The killing made the world more dangerous to live in.") @NotBlank @Size(max = 2000) String text,
            @Schema(examples = "Arshin Adib-Moghaddam", nullable = true) @Size(max = 300) String attribution)
            implements BodyBlock {
    }

    @Schema(name = "EmbedBlock", requiredProperties = "type", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "embed"))
    record Embed(
            @Schema(examples = "https://www.youtube.com/watch?v=abc123")
            @NotNull @Pattern(regexp = WEB_URL, message = "must be an http or https URL") @Size(max = 2048) String url,
            @Schema(examples = "youtube", nullable = true) @Size(max = 100) String provider,
            @Schema(examples = "Interview: the Siege of Amirli", nullable = true) @Size(max = 300) String title)
            implements BodyBlock {
    }
}
