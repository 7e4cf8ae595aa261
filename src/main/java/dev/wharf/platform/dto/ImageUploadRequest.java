package dev.wharf.platform.dto;

/**
 * Extension {@code wharf.product.image.upload}: one product image, at most 700 KiB before Base64 so the request stays
 * under the gateway's 1 MB body limit. {@code content_hash} is the SHA-256 of the bytes (64 lower-case hex digits):
 * the platform keeps one image per hash and answers the same URL when the same bytes are uploaded again, so an upload
 * whose answer was lost is simply sent again.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param imageData   the file's bytes, Base64 (standard alphabet, padded)
 */
public record ImageUploadRequest(String contentHash, String contentType, String imageData) {

    @Override
    public String toString() {
        return "ImageUploadRequest[" + contentHash + ", " + contentType + ", "
                + (imageData == null ? 0 : imageData.length()) + " Base64 characters]";
    }
}
