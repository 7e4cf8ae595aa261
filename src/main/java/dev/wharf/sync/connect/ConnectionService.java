package dev.wharf.sync.connect;

import dev.wharf.platform.ApiException;
import dev.wharf.platform.ClockSkewException;
import dev.wharf.platform.CredentialsRejectedException;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.PlatformException;
import dev.wharf.platform.TransportException;
import dev.wharf.sync.credentials.SecretStore;
import dev.wharf.sync.credentials.ShopSecrets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects a profile to a shop: tests the credentials with a signed call, then remembers the shop (profile
 * database) and its secrets (secret store, never in plain text). Blocking; call it off the JavaFX thread.
 */
public final class ConnectionService {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionService.class);

    private final ShopProfileStore profiles;
    private final SecretStore secrets;
    private final String profileKey;
    private final PlatformClients clients;
    private final Clock clock;

    public ConnectionService(ShopProfileStore profiles, SecretStore secrets, String profileKey,
                             PlatformClients clients, Clock clock) {
        this.profiles = profiles;
        this.secrets = secrets;
        this.profileKey = profileKey;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Sends one signed read ({@code ymatou.logistics.companies.get}). A clock more than 10 minutes off is corrected
     * from the platform's answer and tried once more, as the sync does.
     */
    public ConnectionCheck test(GatewayConfig config) {
        PlatformApi api = clients.open(config);
        try {
            try {
                return ConnectionCheck.success(api.logisticsCompanies().size());
            } catch (ClockSkewException skew) {
                LOG.info("Clock differs from the platform's; retrying the connection test with the corrected clock");
                return ConnectionCheck.success(api.logisticsCompanies().size());
            }
        } catch (PlatformException e) {
            LOG.info("Connection test to {} failed: {}", config.baseUrl(), e.getMessage());
            return new ConnectionCheck(problem(e), 0, e.getMessage());
        } finally {
            PlatformClients.close(api);
        }
    }

    /** Tests the connection and, when it works, saves the shop and its secrets. */
    public ConnectionCheck connect(String displayName, GatewayConfig config, boolean sandbox) {
        ConnectionCheck check = test(config);
        if (check.ok()) {
            secrets.save(profileKey, new ShopSecrets(config.appSecret(), config.authCode()));
            profiles.save(new ShopProfile(displayName, config.baseUrl(), config.appId(), sandbox, clock.instant()));
            LOG.info("Profile {} connected to {} ({} logistics companies)", profileKey, config.baseUrl(),
                    check.logisticsCompanies());
        }
        return check;
    }

    /** The shop this profile is connected to, if any. */
    public Optional<ShopProfile> current() {
        return profiles.load();
    }

    /**
     * The gateway configuration of the connected shop, with its secrets; {@code baseUrl} replaces the saved one when
     * given (the sandbox shop gets a new port each start). Empty when the profile is not connected or its secrets are
     * gone (then the user connects again).
     */
    public Optional<GatewayConfig> gatewayConfig(String baseUrl) {
        Optional<ShopProfile> shop = profiles.load();
        if (shop.isEmpty()) {
            return Optional.empty();
        }
        return secrets.load(profileKey).map(s -> GatewayConfig.of(baseUrl != null ? baseUrl : shop.get().gatewayUrl(),
                shop.get().appId(), s.appSecret(), s.authCode()));
    }

    /** Records the sandbox shop's address of this start. */
    public void updateGatewayUrl(String baseUrl) {
        profiles.load().ifPresent(p -> profiles.save(new ShopProfile(p.displayName(), baseUrl, p.appId(),
                p.sandbox(), p.createdAt())));
    }

    static ConnectionCheck.Problem problem(PlatformException e) {
        if (e instanceof CredentialsRejectedException) {
            return ConnectionCheck.Problem.CREDENTIALS;
        }
        if (e instanceof ClockSkewException) {
            return ConnectionCheck.Problem.CLOCK;
        }
        if (e instanceof TransportException) {
            return ConnectionCheck.Problem.UNREACHABLE;
        }
        return e instanceof ApiException ? ConnectionCheck.Problem.PLATFORM : ConnectionCheck.Problem.UNREACHABLE;
    }
}
