package dev.wharf.sync.credentials;

import static dev.wharf.sync.credentials.TestSecrets.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.wharf.common.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Everything logged while secrets are chosen, saved, loaded and fail, at TRACE: no secret in any form. */
class SecretLoggingTest {
    @TempDir
    Path home;

    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Level rootLevel;

    @BeforeEach
    void capture() {
        rootLevel = root.getLevel();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
    }

    @AfterEach
    void release() {
        root.setLevel(rootLevel);
        root.detachAppender(captured);
        captured.stop();
    }

    @Test
    void nothingSecretIsLoggedDuringSaveLoadAndTheirFailures() throws IOException {
        AppPaths paths = new AppPaths(home);
        // The real factory where that cannot touch a developer's keychain: a headless Linux box, or when asked to.
        SecretStore store = SecretStoresTest.headlessLinux() || Boolean.getBoolean("wharf.test.keychain")
                ? SecretStores.forThisMachine(paths)
                : SecretStores.choose("Linux", paths, () -> {
                    throw new SecretStoreException("no keychain in this test");
                }, FakeDpapi::new);
        SecretStore file = SecretStores.encryptedFile(paths);
        SecretStore dpapi = SecretStores.dpapiFile(new FakeDpapi(), paths::profileDir);
        FakeKeychain keychain = new FakeKeychain();
        SecretStore keychainStore = SecretStores.choose("Linux", paths, () -> keychain, FakeDpapi::new);

        for (SecretStore s : new SecretStore[] {store, file, dpapi, keychainStore}) {
            s.save("tokyo", SECRETS);
            assertThat(s.load("tokyo")).contains(SECRETS);
        }
        Path secrets = paths.profileDir("tokyo").resolve(SecretStores.ENCRYPTED_FILE);
        byte[] bytes = Files.readAllBytes(secrets);
        bytes[bytes.length - 1] ^= 1;
        Files.write(secrets, bytes);
        assertThat(catchThrowable(() -> file.load("tokyo"))).isInstanceOf(CredentialsUnreadableException.class);
        keychain.failSet = true;
        assertThat(catchThrowable(() -> keychainStore.save("tokyo", SECRETS)))
                .isInstanceOf(SecretStoreException.class);
        keychain.failSet = false;
        keychain.readsBackWrong = true;
        SecretStores.choose("Linux", paths, () -> keychain, FakeDpapi::new);
        boolean posix = EncryptedFileSecretStoreTest.posix(home);
        if (posix) {
            Files.setPosixFilePermissions(home.resolve(SecretStores.KEY_FILE),
                    PosixFilePermissions.fromString("rw-rw-rw-"));
        }
        file.delete("tokyo");
        file.save("tokyo", SECRETS);

        assertThat(captured.list).isNotEmpty();
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("Shop credentials are kept by: "))
                .anyMatch(m -> m.startsWith("Saved the credentials of profile tokyo"))
                .anyMatch(m -> !posix || m.contains("could be read by other users"));
        for (ILoggingEvent event : captured.list) {
            String text = render(event);
            for (String form : TestSecrets.textForms(SECRETS)) {
                assertThat(text).as("logged: %s", event).doesNotContain(form);
            }
        }
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage()).append('\n')
                .append(Arrays.toString(event.getArgumentArray())).append('\n');
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append(frame.getSTEAsString()).append('\n');
            }
        }
        return text.toString();
    }
}
