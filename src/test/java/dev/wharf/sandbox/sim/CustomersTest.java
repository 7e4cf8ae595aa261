package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CustomersTest {

    @Test
    void theSameSeedGivesTheSameCustomers() {
        assertThat(Customers.generate(42, 200)).isEqualTo(Customers.generate(42, 200));
    }

    @Test
    void anotherSeedGivesOtherCustomers() {
        List<Customer> one = Customers.generate(42, 50);
        List<Customer> other = Customers.generate(43, 50);

        assertThat(one).isNotEqualTo(other);
        assertThat(one).extracting(Customer::mobile).doesNotContainAnyElementsOf(
                other.stream().map(Customer::mobile).toList());
    }

    @Test
    void aShortListIsTheStartOfALongOne() {
        List<Customer> many = Customers.generate(7, 300);

        assertThat(Customers.generate(7, 20)).isEqualTo(many.subList(0, 20));
        assertThat(Customers.customer(7, 123)).isEqualTo(many.get(123));
    }

    @Test
    void fieldsLookLikeAChineseDeliveryAddress() {
        List<Customer> customers = Customers.generate(2024, 500);

        assertThat(customers).extracting(Customer::buyerId).doesNotHaveDuplicates();
        assertThat(customers).allSatisfy(c -> {
            assertThat(c.buyerId()).matches("[a-z]+_\\d+");
            assertThat(c.receiverName()).matches("\\p{IsHan}{2,3}");
            assertThat(c.mobile()).matches("1[358]\\d{9}");
            assertThat(c.zip()).matches("\\d{6}");
            assertThat(c.province()).matches(".+[省市]");
            assertThat(c.city()).endsWith("市");
            assertThat(c.address()).matches(".+区.+\\d+号\\d+号楼\\d{3,4}室");
            assertThat(c.fullAddress()).startsWith(c.province()).contains(c.address());
        });
    }

    @Test
    void segmentsHaveTheirSharesEvenInSmallLists() {
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(counts(Customers.generate(seed, 10))).allSatisfy((segment, count) ->
                    assertThat(count).isBetween((int) Math.floor(segment.share() * 10) - 1,
                            (int) Math.ceil(segment.share() * 10) + 1));
        }
        Map<CustomerSegment, Integer> large = counts(Customers.generate(99, 2000));
        assertThat(large.get(CustomerSegment.LOYAL)).isBetween(380, 420);
        assertThat(large.get(CustomerSegment.DORMANT)).isBetween(680, 720);
        assertThat(large.get(CustomerSegment.NEW)).isBetween(880, 920);
    }

    @Test
    void loyalCustomersAreMostOftenTheNextToBuy() {
        List<Customer> customers = Customers.generate(5, 200);
        SplittableRandom random = new SplittableRandom(1);
        Map<CustomerSegment, Integer> buyers = new EnumMap<>(CustomerSegment.class);
        for (int i = 0; i < 5000; i++) {
            buyers.merge(Customers.pickBuyer(random, customers).segment(), 1, Integer::sum);
        }

        assertThat(buyers.get(CustomerSegment.LOYAL)).isGreaterThan(buyers.get(CustomerSegment.NEW));
        assertThat(buyers.get(CustomerSegment.NEW)).isGreaterThan(buyers.get(CustomerSegment.DORMANT));
    }

    private static Map<CustomerSegment, Integer> counts(List<Customer> customers) {
        Map<CustomerSegment, Integer> counts = new EnumMap<>(CustomerSegment.class);
        for (CustomerSegment segment : CustomerSegment.values()) {
            counts.put(segment, 0);
        }
        customers.forEach(c -> counts.merge(c.segment(), 1, Integer::sum));
        return counts;
    }
}
