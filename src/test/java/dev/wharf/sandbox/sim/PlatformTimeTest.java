package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PlatformTimeTest {

    @Test
    void thePlatformDayStartsAtMidnightBeijingTime() {
        assertThat(PlatformTime.businessDate(Instant.parse("2025-06-01T15:59:59Z")))
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(PlatformTime.businessDate(Instant.parse("2025-06-01T16:00:00Z")))
                .isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(PlatformTime.startOfDay(LocalDate.of(2025, 6, 2))).isEqualTo(Instant.parse("2025-06-01T16:00:00Z"));
        assertThat(PlatformTime.localTime(Instant.parse("2017-08-10T09:28:39Z")))
                .isEqualTo(LocalDateTime.of(2017, 8, 10, 17, 28, 39));
    }
}
