package dev.wharf.shipping.ui;

import dev.wharf.privacy.PersonalData;
import dev.wharf.shipping.ShipmentExporter;
import dev.wharf.shipping.ShipmentImporter;
import dev.wharf.sync.SyncStatus;
import java.util.Objects;

/**
 * What the Shipping screen works with: the core's importer and exporter, the profile's role for personal data in the
 * files it writes, and the sync status whose outbox counts tell the results view to read again.
 */
public record ShippingServices(ShipmentImporter importer, ShipmentExporter exporter, PersonalData personal,
                               SyncStatus status) {
    public ShippingServices {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(status, "status");
    }
}
