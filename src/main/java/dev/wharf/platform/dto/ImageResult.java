package dev.wharf.platform.dto;

/**
 * The answer of {@code wharf.product.image.upload}, as the single item of a batch answer: the image's URL on the
 * platform (to be sent in a product's {@code product_images}) and its size in pixels.
 */
public record ImageResult(String contentHash, Boolean execSuccess, String msg, String imageUrl, Integer width,
                          Integer height) implements ItemResult {
    @Override
    public String itemKey() {
        return contentHash;
    }

    @Override
    public boolean ok() {
        return Boolean.TRUE.equals(execSuccess);
    }
}
