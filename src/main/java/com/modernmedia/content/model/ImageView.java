package com.modernmedia.content.model;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.IMAGE)
@Schema(name = "Image", description = "An image with its caption, alt text and credit line")
public record ImageView(
        @Schema(examples = "61ae79be-1887-4e67-8068-974e89845ff8") UUID id,
        @Schema(examples = "https://images.modernmedia.example/2025/01/tehran-anti-us-rally.jpg") String url,
        @Schema(examples = "1600", nullable = true) Integer width,
        @Schema(examples = "900", nullable = true) Integer height,
        @Schema(examples = "Crowds carrying banners and portraits of Qassem Soleimani fill a street in Tehran") String altText,
        @Schema(examples = "Iranians at an anti-U.S. rally in Tehran protest the killing of Qassem Soleimani, commander of the Revolutionary Guards’ Quds Force.", nullable = true) String caption,
        @Schema(examples = "Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty", nullable = true) String credit) {

    public static ImageView from(Image image) {
        return image == null ? null : new ImageView(image.id, image.url, image.width, image.height,
                image.altText, image.caption, image.credit);
    }
}
