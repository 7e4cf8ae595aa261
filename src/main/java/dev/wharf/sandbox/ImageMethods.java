package dev.wharf.sandbox;

import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.ImageResult;
import dev.wharf.platform.dto.ImageUploadRequest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code wharf.product.image.upload}: one image per call, kept by its content hash (the same bytes answer the same
 * URL, so a client may send an upload again after a lost answer). Missing or malformed parameters are 0001; an
 * image that breaks a rule (type, size, pixels, hash) is the item's failure.
 */
final class ImageMethods {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private ImageMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.PRODUCT_IMAGE_UPLOAD, ImageUploadRequest.class, ImageMethods::upload);
    }

    static BatchResult<ImageResult> upload(ImageUploadRequest r, CallContext ctx) {
        String hash = Params.required(r.contentHash(), "content_hash");
        String type = Params.required(r.contentType(), "content_type");
        String data = Params.required(r.imageData(), "image_data");
        if (!HASH.matcher(hash).matches()) {
            throw GatewayError.badValue("content_hash", hash, "64 lower-case hex digits (SHA-256)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw GatewayError.badValue("image_data", data.length() + " characters", "Base64");
        }
        SandboxImages.Stored s = ctx.shop().images().store(hash, type, bytes);
        return new BatchResult<>(List.of(s.problem() != null
                ? new ImageResult(hash, false, s.problem(), null, null, null)
                : new ImageResult(hash, true, Texts.OK, s.url(), s.width(), s.height())));
    }
}
