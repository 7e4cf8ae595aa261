package dev.wharf.sync.credentials;

import static dev.wharf.sync.credentials.TestSecrets.OTHER;
import static dev.wharf.sync.credentials.TestSecrets.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.common.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DPAPI file store's file handling with a stand-in for DPAPI (any OS), and with the real DPAPI on Windows only.
 */
class DpapiFileSecretStoreTest {
    @TempDir
    Path home;

    Path secretsFile(AppPaths paths, String profile) {
        return paths.profileDir(profile).resolve(SecretStores.DPAPI_FILE);
    }

    @Test
    void roundTripOverwriteAndDeleteWithAStandIn() throws IOException {
        AppPaths paths = new AppPaths(home);
        SecretStore store = SecretStores.dpapiFile(new FakeDpapi(), paths::profileDir);

        store.save("tokyo", SECRETS);
        assertThat(store.load("tokyo")).contains(SECRETS);
        byte[] bytes = Files.readAllBytes(secretsFile(paths, "tokyo"));
        for (byte[] form : TestSecrets.byteForms(SECRETS)) {
            assertThat(TestSecrets.contains(bytes, form)).isFalse();
        }

        store.save("tokyo", OTHER);
        assertThat(store.load("tokyo")).contains(OTHER);

        store.delete("tokyo");
        assertThat(secretsFile(paths, "tokyo")).doesNotExist();
        assertThat(store.load("tokyo")).isEmpty();
        assertThat(home.resolve(SecretStores.KEY_FILE)).doesNotExist(); // DPAPI needs no key file
    }

    @Test
    void anotherProfileOrAnotherAccountCannotOpenTheFile() throws IOException {
        AppPaths paths = new AppPaths(home);
        SecretStore store = SecretStores.dpapiFile(new FakeDpapi(), paths::profileDir);
        store.save("tokyo", SECRETS);
        Files.createDirectories(paths.profileDir("paris"));
        Files.copy(secretsFile(paths, "tokyo"), secretsFile(paths, "paris"));

        assertThatThrownBy(() -> store.load("paris")).isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageStartingWith("The saved credentials for profile paris cannot be read; connect the shop "
                        + "again");

        SecretStore otherAccount = SecretStores.dpapiFile(new FakeDpapi(), paths::profileDir);
        assertThatThrownBy(() -> otherAccount.load("tokyo")).isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageContaining("another Windows account");
    }

    @Test
    void anEncryptedFileStoreFileIsNotTakenForADpapiFile() throws IOException {
        AppPaths paths = new AppPaths(home);
        SecretStores.encryptedFile(paths).save("tokyo", SECRETS);
        Files.copy(paths.profileDir("tokyo").resolve(SecretStores.ENCRYPTED_FILE), secretsFile(paths, "tokyo"));
        FakeDpapi dpapi = new FakeDpapi();

        assertThatThrownBy(() -> SecretStores.dpapiFile(dpapi, paths::profileDir).load("tokyo"))
                .isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageContaining("not a credentials file of this kind");
        assertThat(dpapi.calls).isZero();
    }

    @Test
    void theProtectionIsDpapi() {
        Protection protection = SecretStores.dpapiFile(new FakeDpapi(), new AppPaths(home)::profileDir).protection();

        assertThat(protection.id()).isEqualTo("windows-dpapi");
        assertThat(protection.detail()).contains(SecretStores.DPAPI_FILE);
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void realDpapiRoundTripAndOwnerOnlyAcl() throws IOException {
        AppPaths paths = new AppPaths(home);
        SecretStore store = SecretStores.dpapiFile(new WindowsDpapi(), paths::profileDir);

        store.save("tokyo", SECRETS);

        assertThat(store.load("tokyo")).contains(SECRETS);
        AclFileAttributeView view = Files.getFileAttributeView(secretsFile(paths, "tokyo"),
                AclFileAttributeView.class);
        List<AclEntry> acl = view.getAcl();
        assertThat(acl).hasSize(1);
        assertThat(acl.get(0).principal()).isEqualTo(view.getOwner());
    }
}
