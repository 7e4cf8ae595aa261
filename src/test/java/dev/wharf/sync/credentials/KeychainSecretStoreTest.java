package dev.wharf.sync.credentials;

import static dev.wharf.sync.credentials.TestSecrets.OTHER;
import static dev.wharf.sync.credentials.TestSecrets.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class KeychainSecretStoreTest {
    final FakeKeychain keychain = new FakeKeychain();
    final SecretStore store = new KeychainSecretStore(keychain);

    @Test
    void roundTripOverwriteAndDeleteUnderOneEntryPerProfile() {
        store.save("tokyo", SECRETS);
        store.save("paris", OTHER);

        assertThat(keychain.entries).containsOnlyKeys("Wharf|profile/tokyo", "Wharf|profile/paris");
        assertThat(store.load("tokyo")).contains(SECRETS);

        store.save("tokyo", OTHER);
        assertThat(store.load("tokyo")).contains(OTHER);

        store.delete("tokyo");
        assertThat(store.load("tokyo")).isEmpty();
        assertThat(keychain.entries).containsOnlyKeys("Wharf|profile/paris");
    }

    @Test
    void anEntryWharfDidNotWriteIsUnreadableWithoutEchoingIt() {
        keychain.entries.put("Wharf|profile/tokyo", "not base64 at all: " + TestSecrets.APP_SECRET);

        Throwable thrown = catchThrowable(() -> store.load("tokyo"));

        assertThat(thrown).isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageStartingWith("The saved credentials for profile tokyo cannot be read; connect the shop "
                        + "again");
        EncryptedFileSecretStoreTest.assertNoSecretIn(thrown);
    }

    @Test
    void keychainFailuresAreReportedWithTheSecretsMasked() {
        keychain.failSet = true;

        Throwable thrown = catchThrowable(() -> store.save("tokyo", SECRETS));

        assertThat(thrown).isInstanceOf(SecretStoreException.class)
                .hasMessage("The OS keychain could not save the credentials for profile tokyo");
        assertThat(TestSecrets.describe(thrown)).contains("could not store ******", "D-Bus said no to ******",
                IllegalStateException.class.getName());
        EncryptedFileSecretStoreTest.assertNoSecretIn(thrown);

        keychain.failSet = false;
        keychain.failGet = true;
        assertThatThrownBy(() -> store.load("tokyo")).isInstanceOf(SecretStoreException.class)
                .hasMessage("The OS keychain could not read the credentials for profile tokyo");
    }

    @Test
    void theProtectionNamesTheKeychainAndService() {
        assertThat(store.protection().id()).isEqualTo("secret-service");
        assertThat(store.protection().detail()).contains("Wharf");
        assertThat(store.protection().kind().isOsKeystore()).isTrue();
    }
}
