package dev.wharf.sync.credentials;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The plain bytes of {@link ShopSecrets} before they are sealed: a version byte, then each value as a 4-byte length
 * and its UTF-8 bytes. Callers wipe the returned arrays when done.
 */
final class SecretCodec {
    private static final byte VERSION = 1;
    private static final int MAX_VALUE_BYTES = 64 * 1024;

    private SecretCodec() {
    }

    static byte[] encode(ShopSecrets secrets) {
        byte[] app = secrets.appSecret().getBytes(StandardCharsets.UTF_8);
        byte[] auth = secrets.authCode().getBytes(StandardCharsets.UTF_8);
        try {
            return ByteBuffer.allocate(1 + 4 + app.length + 4 + auth.length)
                    .put(VERSION).putInt(app.length).put(app).putInt(auth.length).put(auth).array();
        } finally {
            Secrets.wipe(app);
            Secrets.wipe(auth);
        }
    }

    /** @throws IllegalArgumentException when the bytes are not what {@link #encode} wrote (no content in the message) */
    static ShopSecrets decode(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != VERSION) {
                throw new IllegalArgumentException("unknown format version");
            }
            String app = readValue(in);
            String auth = readValue(in);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("unexpected bytes after the values");
            }
            return new ShopSecrets(app, auth);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the values are cut short");
        }
    }

    private static String readValue(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > MAX_VALUE_BYTES || length > in.remaining()) {
            throw new IllegalArgumentException("a value has an impossible length");
        }
        ByteBuffer value = in.slice().limit(length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(value).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a value is not UTF-8");
        }
    }
}
