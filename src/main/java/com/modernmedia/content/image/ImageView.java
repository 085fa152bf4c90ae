package com.modernmedia.content.image;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Image", description = "An image with its caption, alt text and credit line")
public record ImageView(
        @Schema(examples = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID id,
        @Schema(examples = "https://images.modernmedia.example/2020/01/tehran-rally.jpg") String url,
        @Schema(examples = "1600", nullable = true) Integer width,
        @Schema(examples = "900", nullable = true) Integer height,
        @Schema(examples = "Demonstrators with banners fill a street in Tehran") String altText,
        @Schema(examples = "Iranians rally in Tehran after the general's death.", nullable = true) String caption,
        @Schema(examples = "Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty", nullable = true) String credit) {

    public static ImageView from(Image image) {
        return image == null ? null : new ImageView(image.id, image.url, image.width, image.height,
                image.altText, image.caption, image.credit);
    }
}
