package dev.wharf.sync.connect;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One shop profile as the profile list shows it.
 *
 * @param name     the profile's name (its folder's name)
 * @param dir      the profile folder
 * @param current  true for the profile this window has open
 * @param shop     the shop it is connected to; empty when the first run was not completed
 * @param readable false when its database could not be read (damaged, or not a Wharf database)
 * @param unsent   its changes not yet accepted by the platform (waiting, being sent, or refused)
 */
public record ProfileEntry(String name, Path dir, boolean current, Optional<ShopProfile> shop, boolean readable,
                           long unsent) {
}
