package com.modernmedia.content.image;

import com.modernmedia.content.model.Image;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImageInput", description = "An image as editors write it (POST, PUT; PATCH merges into it)")
public record ImageInput(
        @Schema(description = "Where the picture is served; http or https only",
                examples = "https://images.modernmedia.example/2025/01/tehran-anti-us-rally.jpg")
        @NotNull @Size(max = 2048)
        @Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*", message = "must be an http:// or https:// URL without spaces")
        String url,
        @Schema(description = "In pixels", nullable = true, examples = "1600") @Positive Integer width,
        @Schema(description = "In pixels", nullable = true, examples = "900") @Positive Integer height,
        @Schema(description = "What the picture shows, for readers who cannot see it; an empty string marks a decorative image",
                examples = "Crowds carrying banners and portraits of Qassem Soleimani fill a street in Tehran")
        @NotNull @Size(max = 500) String altText,
        @Schema(nullable = true, examples = "Iranians at an anti-U.S. rally in Tehran protest the killing of Qassem Soleimani.")
        @Size(max = 2000) String caption,
        @Schema(description = "The agency chain", nullable = true, examples = "Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty")
        @Size(max = 500) String credit,
        @Schema(description = "Whether partners may receive it; false for an agency picture licensed to the magazine only, "
                + "which partners then get as a withheld image block (the article still goes). Absent: true", nullable = true,
                examples = "true") Boolean syndicationCleared) {

    static ImageInput from(Image image) {
        return new ImageInput(image.url, image.width, image.height, image.altText, image.caption, image.credit,
                image.syndicationCleared);
    }
}
