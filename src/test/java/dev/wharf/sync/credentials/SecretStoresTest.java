package dev.wharf.sync.credentials;

import static dev.wharf.sync.credentials.TestSecrets.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.common.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
    @TempDir
    Path home;

    AppPaths paths() {
        return new AppPaths(home);
    }

    static boolean headlessLinux() {
        String dbus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        return System.getProperty("os.name", "").startsWith("Linux") && (dbus == null || dbus.isBlank());
    }

    @Test
    void onAHeadlessLinuxBoxTheFactoryFallsBackToTheEncryptedFile() throws IOException {
        assumeTrue(headlessLinux(), "Linux without a desktop session bus");

        SecretStore store = SecretStores.forThisMachine(paths());

        assertThat(store.protection().kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
        assertThat(store.protection().detail()).isEqualTo(home.resolve("secrets.key").toString());
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).isEmpty(); // choosing writes nothing; the key comes with the first save
        }
        store.save("tokyo", SECRETS);
        assertThat(store.load("tokyo")).contains(SECRETS);
    }

    @Test
    void profilesOutsideTheUserDataFolderKeepTheirSecretsInTheirOwnFolder() throws IOException {
        Path elsewhere = Files.createDirectories(home.resolve("usb-stick").resolve("tokyo"));

        SecretStore store = SecretStores.choose("Linux", paths(), key -> elsewhere, () -> {
            throw new SecretStoreException("no keychain");
        }, FakeDpapi::new);
        store.save("tokyo", SECRETS);

        assertThat(elsewhere.resolve(SecretStores.ENCRYPTED_FILE)).exists();
        assertThat(home.resolve(SecretStores.KEY_FILE)).exists();
        assertThat(home.resolve("profiles")).doesNotExist();
        assertThat(store.load("tokyo")).contains(SECRETS);
    }

    @Test
    void onAHeadlessLinuxBoxJavaKeyringFindsNoBackend() {
        assumeTrue(headlessLinux(), "Linux without a desktop session bus");

        assertThatThrownBy(() -> JavaKeyringKeychain.open("Linux")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("java-keyring cannot open [GNOME_KEYRING]");
    }

    @Test
    void aWorkingKeychainIsChosenAndTheProbeLeavesNothingBehind() {
        FakeKeychain keychain = new FakeKeychain();

        SecretStore store = SecretStores.choose("Linux", paths(), () -> keychain, FakeDpapi::new);

        assertThat(store).isInstanceOf(KeychainSecretStore.class);
        assertThat(store.protection().kind()).isEqualTo(Protection.Kind.SECRET_SERVICE);
        assertThat(keychain.entries).isEmpty();
        assertThat(keychain.deletes).isEqualTo(1);
        store.save("tokyo", SECRETS);
        assertThat(store.load("tokyo")).contains(SECRETS);
    }

    @Test
    void aKeychainThatDoesNotReadBackIsNotUsedAndItsTestEntryIsRemoved() {
        FakeKeychain keychain = new FakeKeychain();
        keychain.readsBackWrong = true;

        SecretStore store = SecretStores.choose("Linux", paths(), () -> keychain, FakeDpapi::new);

        assertThat(store.protection().kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
        assertThat(keychain.entries).isEmpty();
    }

    @Test
    void aKeychainThatFailsToReadIsNotUsedAndItsTestEntryIsRemoved() {
        FakeKeychain keychain = new FakeKeychain();
        keychain.failGet = true;

        SecretStore store = SecretStores.choose("Mac OS X", paths(), () -> keychain, FakeDpapi::new);

        assertThat(store.protection().kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
        assertThat(keychain.entries).isEmpty();
    }

    @Test
    void aKeychainThatCannotDeleteIsNotUsed() {
        FakeKeychain keychain = new FakeKeychain();
        keychain.failDelete = true;

        SecretStore store = SecretStores.choose("Linux", paths(), () -> keychain, FakeDpapi::new);

        assertThat(store.protection().kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
    }

    @Test
    void noKeychainAtAllOrAMissingNativeLibraryMeansTheEncryptedFile() {
        SecretStore none = SecretStores.choose("Linux", paths(), () -> {
            throw new SecretStoreException("No OS keychain: No available keyring backend found");
        }, FakeDpapi::new);
        SecretStore noNative = SecretStores.choose("Mac OS X", paths(), () -> {
            throw new UnsatisfiedLinkError("no jnidispatch");
        }, FakeDpapi::new);

        assertThat(none.protection().kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
        assertThat(noNative.protection().kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
    }

    @Test
    void windowsUsesDpapiNeverTheKeychain() {
        FakeDpapi dpapi = new FakeDpapi();

        SecretStore store = SecretStores.choose("Windows 11", paths(), () -> {
            throw new AssertionError("no keychain on Windows");
        }, () -> dpapi);

        assertThat(store.protection().kind()).isEqualTo(Protection.Kind.WINDOWS_DPAPI);
        store.save("tokyo", SECRETS);
        assertThat(paths().profileDir("tokyo").resolve(SecretStores.DPAPI_FILE)).exists();
        assertThat(store.load("tokyo")).contains(SECRETS);
    }

    @Test
    void windowsWithoutAWorkingDpapiUsesTheEncryptedFile() {
        SecretStore store = SecretStores.choose("Windows 10", paths(), FakeKeychain::new, () -> new FakeDpapi() {
            @Override
            public byte[] unprotect(byte[] blob, byte[] entropy) {
                throw new IllegalStateException("DPAPI is broken here");
            }
        });

        assertThat(store.protection().kind()).isEqualTo(Protection.Kind.ENCRYPTED_FILE);
    }
}
