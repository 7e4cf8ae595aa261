package dev.wharf.platform;

import java.util.Objects;

/**
 * How the gateway client reaches the network.
 * <ul>
 *   <li>{@link Mode#SYSTEM} (default): whatever the JVM's {@link java.net.ProxySelector} says, asked for each new connection
 *   (system properties {@code http(s).proxyHost}; the operating system's settings when the JVM runs with
 *   {@code -Djava.net.useSystemProxies=true}); proxy credentials from {@link java.net.Authenticator}, if one is
 *   installed.</li>
 *   <li>{@link Mode#NONE}: always direct, whatever the JVM says.</li>
 *   <li>{@link Mode#HTTP}: this HTTP proxy, with Basic credentials when {@code user} is given (sent when the proxy
 *   asks with 407, and up front for HTTPS tunnels).</li>
 * </ul>
 * {@link #toString()} never shows the password.
 */
public record ProxySetting(Mode mode, String host, int port, String user, String password) {

    public enum Mode { SYSTEM, NONE, HTTP }

    public static final ProxySetting SYSTEM = new ProxySetting(Mode.SYSTEM, null, 0, null, null);
    public static final ProxySetting NONE = new ProxySetting(Mode.NONE, null, 0, null, null);

    public ProxySetting {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.HTTP) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("an HTTP proxy needs a host");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("proxy port must be 1-65535, got " + port);
            }
            host = host.strip();
            if (user != null && user.isEmpty()) {
                user = null;
            }
            if (user == null) {
                password = null;
            } else if (password == null) {
                password = "";
            }
        } else if (host != null || user != null || password != null) {
            throw new IllegalArgumentException(mode + " takes no host or credentials");
        }
    }

    public static ProxySetting http(String host, int port) {
        return new ProxySetting(Mode.HTTP, host, port, null, null);
    }

    public static ProxySetting http(String host, int port, String user, String password) {
        return new ProxySetting(Mode.HTTP, host, port, user, password);
    }

    public boolean hasCredentials() {
        return user != null;
    }

    @Override
    public String toString() {
        return switch (mode) {
            case SYSTEM, NONE -> "ProxySetting[" + mode + "]";
            case HTTP -> "ProxySetting[HTTP " + host + ":" + port
                    + (user == null ? "" : ", user=" + user + ", password=***") + "]";
        };
    }
}
