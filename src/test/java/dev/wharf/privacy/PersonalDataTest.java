package dev.wharf.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.store.Database;
import dev.wharf.store.SqliteAccessStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Role rules and the audit log, on a real shop database. */
class PersonalDataTest {
    @TempDir
    Path dir;
    private Database db;
    private PersonalData data;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("wharf.db"));
        data = new PersonalData(new SqliteAccessStore(db), "hangzhou-li", clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewProfileIsTheOwnerWhoMayRevealExportAndManageRoles() {
        Access a = data.access();
        assertThat(a.role()).isEqualTo(Role.OWNER);
        assertThat(a.mayReveal()).isTrue();
        assertThat(a.mayExportUnmasked()).isTrue();
        assertThat(a.mayManageRoles()).isTrue();
    }

    @Test
    void customerServiceWithoutTheGrantMayNeitherRevealNorExportAndNothingIsWritten() {
        data.setAccess(new Access(Role.CUSTOMER_SERVICE, false));

        assertThatThrownBy(() -> data.reveal("9001", "receiver_mobile", "13812340000"))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("grant");
        assertThatThrownBy(() -> data.recordExport("receiver_mobile", List.of("9001"), "out.xlsx"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> data.setAccess(new Access(Role.OWNER, false)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(data.auditOf("9001")).isEmpty();
        assertThat(data.recentAudit(10)).extracting(AuditEntry::action).containsExactly(AuditEntry.Action.ROLE_CHANGE);
    }

    @Test
    void aGrantedRevealIsAuditedWithProfileRoleOrderAndTime() {
        data.setAccess(new Access(Role.CUSTOMER_SERVICE, true));

        assertThat(data.reveal("9001", "receiver_mobile", "13812340000")).isEqualTo("13812340000");

        assertThat(data.auditOf("9001")).singleElement().satisfies(e -> {
            assertThat(e.profile()).isEqualTo("hangzhou-li");
            assertThat(e.role()).isEqualTo(Role.CUSTOMER_SERVICE);
            assertThat(e.action()).isEqualTo(AuditEntry.Action.REVEAL);
            assertThat(e.what()).isEqualTo("receiver_mobile");
            assertThat(e.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void anUnmaskedExportWritesOneAuditLinePerOrderAndTheLogIsAppendOnly() {
        data.recordExport("receiver_mobile,id_number", List.of("1", "2", "3"), "/tmp/ship.xlsx");

        assertThat(data.recentAudit(10)).hasSize(3).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditEntry.Action.EXPORT);
            assertThat(e.detail()).isEqualTo("/tmp/ship.xlsx");
        });
        assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate("DELETE FROM audit_log")))
                .hasMessageContaining("append only");
    }
}
