package dev.wharf.sync.credentials;

import static dev.wharf.sync.credentials.TestSecrets.OTHER;
import static dev.wharf.sync.credentials.TestSecrets.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.common.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {
    @TempDir
    Path home;

    AppPaths paths;
    SecretStore store;

    @BeforeEach
    void setUp() {
        paths = new AppPaths(home);
        store = SecretStores.encryptedFile(paths);
    }

    Path secretsFile(String profile) {
        return paths.profileDir(profile).resolve(SecretStores.ENCRYPTED_FILE);
    }

    Path keyFile() {
        return home.resolve(SecretStores.KEY_FILE);
    }

    @Test
    void secretsSavedAreLoadedBackAlsoByANewStore() {
        store.save("tokyo", SECRETS);

        assertThat(store.load("tokyo")).contains(SECRETS);
        assertThat(SecretStores.encryptedFile(paths).load("tokyo")).contains(SECRETS);
        assertThat(store.load("paris")).isEmpty();
    }

    @Test
    void chineseProfileNamesAndValuesRoundTrip() {
        ShopSecrets chinese = new ShopSecrets("应用密钥-ABC", "授权码-123");
        store.save("东京店", chinese);

        assertThat(store.load("东京店")).contains(chinese);
    }

    @Test
    void theSecretsFileHoldsNoSecretInAnyReadableForm() throws IOException {
        store.save("tokyo", SECRETS);

        for (Path file : List.of(secretsFile("tokyo"), keyFile())) {
            byte[] bytes = Files.readAllBytes(file);
            for (byte[] form : TestSecrets.byteForms(SECRETS)) {
                assertThat(TestSecrets.contains(bytes, form)).as("%s holds a form of a secret", file).isFalse();
            }
        }
        assertThat(secretsFile("tokyo")).exists();
        assertThat(secretsFile("tokyo").getParent()).isEqualTo(paths.profileDir("tokyo"));
    }

    @Test
    void twoSavesOfTheSameSecretsGiveDifferentFiles() throws IOException {
        store.save("tokyo", SECRETS);
        byte[] first = Files.readAllBytes(secretsFile("tokyo"));
        store.save("tokyo", SECRETS);
        byte[] second = Files.readAllBytes(secretsFile("tokyo"));

        assertThat(second).isNotEqualTo(first); // a fresh nonce per write
        assertThat(second).hasSameSizeAs(first);
    }

    @Test
    void theKeyFileIsOwnerOnlyAndSeparateFromTheProfile() throws IOException {
        assumeTrue(posix(home), "POSIX permissions");
        store.save("tokyo", SECRETS);

        assertThat(keyFile()).exists();
        assertThat(keyFile().getParent()).isEqualTo(home);
        assertThat(Files.getPosixFilePermissions(keyFile()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(secretsFile("tokyo")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.size(keyFile())).isEqualTo(6 + 32);
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsTheKeyFileAclHasItsOwnerAlone() throws IOException {
        store.save("tokyo", SECRETS);

        AclFileAttributeView view = Files.getFileAttributeView(keyFile(), AclFileAttributeView.class);
        assertThat(view.getAcl()).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isEqualTo(view.getOwner());
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
        });
    }

    @Test
    void aKeyFileOthersCanReadIsTightenedOnUse() throws IOException {
        assumeTrue(posix(home), "POSIX permissions");
        store.save("tokyo", SECRETS);
        Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store.load("tokyo")).contains(SECRETS);

        assertThat(Files.getPosixFilePermissions(keyFile()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        store.save("tokyo", SECRETS);
        store.save("tokyo", OTHER);

        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> home.relativize(p).toString()))
                    .containsExactlyInAnyOrder(SecretStores.KEY_FILE,
                            Path.of("profiles", "tokyo", SecretStores.ENCRYPTED_FILE).toString());
        }
    }

    @Test
    void aFileCopiedToAnotherProfileDoesNotDecrypt() throws IOException {
        store.save("tokyo", SECRETS);
        Files.createDirectories(paths.profileDir("paris"));
        Files.copy(secretsFile("tokyo"), secretsFile("paris"));

        assertThatThrownBy(() -> store.load("paris"))
                .isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageStartingWith("The saved credentials for profile paris cannot be read; connect the shop "
                        + "again")
                .hasMessageContaining("another profile")
                .satisfies(e -> assertThat(((CredentialsUnreadableException) e).profileKey()).isEqualTo("paris"));
        assertThat(store.load("tokyo")).contains(SECRETS);
    }

    @Test
    void changingAnyOneByteFailsClearly() throws IOException {
        store.save("tokyo", SECRETS);
        byte[] good = Files.readAllBytes(secretsFile("tokyo"));

        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            Files.write(secretsFile("tokyo"), bad);

            Throwable thrown = catchThrowable(() -> store.load("tokyo"));

            assertThat(thrown).as("byte %d changed", i).isInstanceOf(CredentialsUnreadableException.class)
                    .hasMessageStartingWith("The saved credentials for profile tokyo cannot be read; connect the "
                            + "shop again");
            assertNoSecretIn(thrown);
        }
    }

    @Test
    void aFileCutShortAtAnyLengthFailsClearly() throws IOException {
        store.save("tokyo", SECRETS);
        byte[] good = Files.readAllBytes(secretsFile("tokyo"));

        for (int length = 0; length < good.length; length++) {
            Files.write(secretsFile("tokyo"), Arrays.copyOf(good, length));

            Throwable thrown = catchThrowable(() -> store.load("tokyo"));

            assertThat(thrown).as("cut to %d bytes", length).isInstanceOf(CredentialsUnreadableException.class)
                    .hasMessageContaining("profile tokyo cannot be read");
        }
    }

    @Test
    void aMissingKeyFileMakesSavedSecretsUnreadable() throws IOException {
        store.save("tokyo", SECRETS);
        Files.delete(keyFile());

        assertThatThrownBy(() -> store.load("tokyo")).isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageContaining("key file").hasMessageContaining("is missing");
        assertThat(keyFile()).doesNotExist(); // loading never makes a key
    }

    @Test
    void aDamagedKeyFileIsKeptAsideAndANewKeyServesTheNextSave() throws IOException {
        store.save("tokyo", SECRETS);
        Files.write(keyFile(), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> store.load("tokyo")).isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageContaining("is damaged");

        store.save("tokyo", OTHER);

        assertThat(store.load("tokyo")).contains(OTHER);
        assertThat(home.resolve(SecretStores.KEY_FILE + ".broken")).hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    void anotherKeyDoesNotOpenTheFile() throws IOException {
        store.save("tokyo", SECRETS);
        Path otherHome = Files.createDirectories(home.resolve("other-home"));
        SecretStore other = SecretStores.encryptedFile(new AppPaths(otherHome));
        other.save("tokyo", OTHER);
        Files.copy(secretsFile("tokyo"), otherHome.resolve("profiles/tokyo").resolve(SecretStores.ENCRYPTED_FILE),
                StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> other.load("tokyo")).isInstanceOf(CredentialsUnreadableException.class);
    }

    @Test
    void deleteRemovesTheSecretsButKeepsTheSharedKey() {
        store.save("tokyo", SECRETS);
        store.save("paris", OTHER);

        store.delete("tokyo");
        store.delete("tokyo"); // nothing left: no error

        assertThat(secretsFile("tokyo")).doesNotExist();
        assertThat(store.load("tokyo")).isEmpty();
        assertThat(store.load("paris")).contains(OTHER);
        assertThat(keyFile()).exists();
    }

    @Test
    void aSecondSaveOverwritesTheFirst() {
        store.save("tokyo", SECRETS);
        store.save("tokyo", OTHER);

        assertThat(store.load("tokyo")).contains(OTHER);
    }

    @Test
    void profileKeysThatAreNoProfileNamesAreRejected() {
        assertThatThrownBy(() -> store.save("../escape", SECRETS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.load("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(home.resolve("escape")).doesNotExist();
    }

    @Test
    void theProtectionNamesTheKeyFile() {
        Protection protection = store.protection();

        assertThat(protection.kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
        assertThat(protection.id()).isEqualTo("encrypted-file");
        assertThat(protection.detail()).isEqualTo(keyFile().toString());
        assertThat(protection.kind().isOsKeystore()).isFalse();
    }

    @Test
    void failuresNeverCarryASecret() throws IOException {
        store.save("tokyo", SECRETS);
        Files.createDirectories(paths.profileDir("paris"));
        Files.copy(secretsFile("tokyo"), secretsFile("paris"));
        assertNoSecretIn(catchThrowable(() -> store.load("paris")));

        Files.delete(secretsFile("tokyo"));
        Files.createDirectories(secretsFile("tokyo")); // a folder where the file should be: the write fails
        Throwable saveFailed = catchThrowable(() -> store.save("tokyo", SECRETS));
        assertThat(saveFailed).isInstanceOf(SecretStoreException.class);
        assertNoSecretIn(saveFailed);
    }

    static void assertNoSecretIn(Throwable thrown) {
        assertThat(thrown).isNotNull();
        String text = TestSecrets.describe(thrown);
        for (String form : TestSecrets.textForms(SECRETS)) {
            assertThat(text).doesNotContain(form);
        }
    }

    static boolean posix(Path dir) {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    }
}
