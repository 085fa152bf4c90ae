package com.modernmedia.content.image;

import com.modernmedia.content.model.Image;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import com.modernmedia.content.shared.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** An image as its own endpoints serve it: what articles embed (ImageView), plus the revision to edit it by. */
@Represents(ContentKind.IMAGE)
@Schema(name = "ImageDetail", description = "An image with its caption, alt text, credit line and revision")
public record ImageDetail(
        @Schema(examples = "61ae79be-1887-4e67-8068-974e89845ff8") UUID id,
        @Schema(examples = "https://images.modernmedia.example/2025/01/tehran-anti-us-rally.jpg") String url,
        @Schema(examples = "1600", nullable = true) Integer width,
        @Schema(examples = "900", nullable = true) Integer height,
        @Schema(examples = "Crowds carrying banners and portraits of Qassem Soleimani fill a street in Tehran") String altText,
        @Schema(examples = "Iranians at an anti-U.S. rally in Tehran protest the killing of Qassem Soleimani, commander of the Revolutionary Guards’ Quds Force.", nullable = true) String caption,
        @Schema(examples = "Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty", nullable = true) String credit,
        @Schema(description = "Raised by every edit; the ETag carries it for If-Match", examples = "1") int revision,
        @Schema(description = "Whether partners may receive it", examples = "true") boolean syndicationCleared) implements Versioned {

    static ImageDetail from(Image image) {
        return new ImageDetail(image.id, image.url, image.width, image.height, image.altText, image.caption, image.credit,
                image.revision, image.syndicationCleared);
    }
}
