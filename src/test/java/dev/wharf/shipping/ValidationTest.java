package dev.wharf.shipping;

import dev.wharf.spreadsheet.Text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation rule of decision 0011, one test each, against a real shop database. */
class ValidationTest {
    static final Object[] HEADER = {"序号", "订单号", "物流公司编号", "物流单号"};

    @TempDir
    Path dir;
    TestShop shop;

    @BeforeEach
    void shop() {
        shop = new TestShop(dir);
        shop.order("1001", "T1", 17, 2).order("1002", "T1", 17, 2).order("1003", "T3", 17, 2)
                .order("2001", "T20", 2, 2).order("2002", "T21", 13, 2).order("2003", "T22", 17, 2).openRefund("2003")
                .order("2004", "T23", 3, 2).delivered("2004", 1, "Y073", "SF-OLD")
                .order("7001", "T70", 17, 7).order("7002", "T71", 3, 7).delivered("7002", 1, "Y048", "JP-INT");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    RowResult only(Leg leg, Object[]... rows) throws Exception {
        List<RowResult> all = run(leg, rows);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    List<RowResult> run(Leg leg, Object[]... rows) throws Exception {
        List<Object[]> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        Path f = Sheets.xlsx(dir.resolve("ship.xlsx"), lines.toArray(new Object[0][]));
        return shop.preview(f, leg).rows();
    }

    @Test
    void aValidRowCarriesTheCompanyCode() throws Exception {
        RowResult r = only(Leg.INTERNATIONAL, new Object[] {"1", "1001", "Y073", "SF100"});
        assertThat(r.valid()).as(String.valueOf(r.message())).isTrue();
        assertThat(r.carrierCode()).isEqualTo("Y073");
    }

    @Test
    void emptyFields() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "", "Y073", "SF1"},
                new Object[] {"2", "1001", "Y073", ""}, new Object[] {"3", "1002", "", "SF2"});
        assertThat(rs).extracting(RowResult::problem).containsOnly(Problem.EMPTY_FIELD);
        assertThat(rs.get(0).message()).startsWith("ship.xlsx, row 2, column B (订单号), order id: is empty");
        assertThat(rs.get(1).message()).contains("row 3, column D (物流单号), tracking number").contains("Fill in");
        assertThat(rs.get(2).message()).contains("column C (物流公司编号), carrier");
    }

    @Test
    void anUnknownOrder() throws Exception {
        RowResult r = only(Leg.INTERNATIONAL, new Object[] {"1", "999999", "Y073", "SF1"});
        assertThat(r.problem()).isEqualTo(Problem.UNKNOWN_ORDER);
        assertThat(r.message()).contains("999999 is not in this shop").contains("sync");
    }

    @Test
    void anOrderIdThatIsNotANumber() throws Exception {
        assertThat(only(Leg.INTERNATIONAL, new Object[] {"1", "ABC-1", "Y073", "SF1"}).problem())
                .isEqualTo(Problem.BAD_ORDER_ID);
    }

    @Test
    void ordersThatCannotShip() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "2001", "Y073", "A1"},
                new Object[] {"2", "2002", "Y073", "A2"}, new Object[] {"3", "2003", "Y073", "A3"},
                new Object[] {"4", "2004", "Y073", "A4"});
        assertThat(rs).extracting(RowResult::problem).containsOnly(Problem.NOT_SHIPPABLE);
        assertThat(rs.get(0).message()).contains("not accepted yet");
        assertThat(rs.get(1).message()).contains("cancelled");
        assertThat(rs.get(2).message()).contains("refund");
        assertThat(rs.get(3).message()).contains("already shipped");
    }

    @Test
    void duplicateRows() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "SF9"},
                new Object[] {"2", "1003", "Y073", "ＳＦ９ "});
        assertThat(rs.get(0).valid()).isTrue();
        assertThat(rs.get(1).problem()).isEqualTo(Problem.DUPLICATE_ROW);
        assertThat(rs.get(1).message()).contains("already on row 2");
    }

    @Test
    void aDirectMailTrackingNumberIsUsedOnceExceptWithinOneTrade() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1001", "Y073", "SHARED"},
                new Object[] {"2", "1002", "Y073", "SHARED"}, new Object[] {"3", "1003", "Y073", "SHARED"},
                new Object[] {"4", "2003", "Y073", "X"});
        assertThat(rs.get(0).valid()).isTrue();
        assertThat(rs.get(1).valid()).as("same trade T1: shipped together").isTrue();
        assertThat(rs.get(2).problem()).isEqualTo(Problem.TRACKING_REUSED);
    }

    @Test
    void aTrackingNumberAlreadyUsedInTheShopByAnotherTrade() throws Exception {
        RowResult r = only(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "SF-OLD"});
        assertThat(r.problem()).isEqualTo(Problem.TRACKING_REUSED);
        assertThat(r.message()).contains("order 2004 in the shop");
    }

    @Test
    void aConsolidatedInternationalNumberCoversAtMostFiftyOrders() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = String.valueOf(8000 + i);
            shop.order(id, "P" + i, 17, 7);
            rows.add(new Object[] {String.valueOf(i + 1), id, "Y048", "JP-INT"});
        }
        List<RowResult> rs = run(Leg.INTERNATIONAL, rows.toArray(new Object[0][]));
        // 7002 in the shop already uses JP-INT: 49 more fit
        assertThat(rs.subList(0, 49)).allMatch(RowResult::valid);
        assertThat(rs.get(49).problem()).isEqualTo(Problem.CONSOLIDATED_LIMIT);
        assertThat(rs.get(49).message()).contains("more than 50 orders");
    }

    @Test
    void aDomesticLegBeforeTheInternationalOne() throws Exception {
        List<RowResult> rs = run(Leg.DOMESTIC, new Object[] {"1", "7001", "Y073", "D1"},
                new Object[] {"2", "1001", "Y073", "D2"}, new Object[] {"3", "7002", "Y073", "D3"});
        assertThat(rs.get(0).problem()).isEqualTo(Problem.DOMESTIC_BEFORE_INTERNATIONAL);
        assertThat(rs.get(0).message()).contains("Import the international leg first");
        assertThat(rs.get(1).problem()).isEqualTo(Problem.DOMESTIC_BEFORE_INTERNATIONAL);
        assertThat(rs.get(1).message()).contains("not a 拼邮");
        assertThat(rs.get(2).valid()).as(String.valueOf(rs.get(2).message())).isTrue();
    }

    @Test
    void aCompanyNotInTheSellersList() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1001", "Y999", "SF1"},
                new Object[] {"2", "1003", "DHL", "SF2"});
        assertThat(rs).extracting(RowResult::problem).containsOnly(Problem.UNKNOWN_CARRIER);
        assertThat(rs.get(1).message()).contains("\"DHL\" is not one of your logistics companies");
    }

    @Test
    void aTrackingNumberInANumberCellIsAnErrorThatSaysHowToFixIt() throws Exception {
        RowResult r = only(Leg.INTERNATIONAL, new Object[] {"1", "1001", "Y073", 9.400111899223197E21});
        assertThat(r.problem()).isEqualTo(Problem.NUMERIC_CELL);
        assertThat(r.message()).contains("row 2, column D (物流单号)").contains("Format Cells → Text")
                .contains("digits past the 15th are lost");
        RowResult sci = only(Leg.INTERNATIONAL, new Object[] {"1", "1001", "Y073", "9.40011E+21"});
        assertThat(sci.problem()).as("scientific text from a CSV").isEqualTo(Problem.NUMERIC_CELL);
    }

    @Test
    void anOrderIdInANumberCellIsReadExactly() throws Exception {
        assertThat(only(Leg.INTERNATIONAL, new Object[] {"1", 1001.0, "Y073", "SF1"}).valid()).isTrue();
    }

    @Test
    void fullWidthAndSpacesAreNormalisedNotRejected() throws Exception {
        RowResult r = only(Leg.INTERNATIONAL, new Object[] {"1", " １００１ ", "ｙ０７３", "ＳＦ １２３　"});
        assertThat(r.valid()).as(String.valueOf(r.message())).isTrue();
        assertThat(r.orderId()).isEqualTo("1001");
        assertThat(r.tracking()).isEqualTo("SF123");
        assertThat(r.carrierCode()).isEqualTo("Y073");
    }

    @Test
    void aDirectMailNumberMayBeSharedByOrdersOfOneReceiver() throws Exception {
        shop.receiver("1003", "李四", "13900000000", "上海市 长宁路 5 号").receiver("2003", "李四", "13900000000", "上海市长宁路5号")
                .order("2005", "T25", 17, 2).receiver("2005", "李四", "13900000000", "上海市 长宁路 5 号");
        shop.sql("DELETE FROM refund");
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "SAME"},
                new Object[] {"2", "2005", "Y073", "SAME"}, new Object[] {"3", "1001", "Y073", "SAME"});
        assertThat(rs.get(0).valid()).isTrue();
        assertThat(rs.get(1).valid()).as("another cart, same receiver: shipped together").isTrue();
        assertThat(rs.get(2).problem()).as("another cart and receiver").isEqualTo(Problem.TRACKING_REUSED);
    }

    @Test
    void twoRowsOfOneOrderAreTwoParcelsOfOneDeliver() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "P1"},
                new Object[] {"2", "1003", "Y073", "P2"});
        assertThat(rs).allMatch(RowResult::valid);
        assertThat(shop.preview(dir.resolve("ship.xlsx"), Leg.INTERNATIONAL).parcelOrders()).containsExactly("1003");
    }

    @Test
    void severalNumbersInOneCellAreNormalisedToCommas() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "SF1001，SF1002、SF1003；SF1004 SF1005\nSF1006"},
                new Object[] {"2", "1001", "Y073", "EA 123 456 789 JP"}, new Object[] {"3", "1002", "Y073", "SF2001,SF2001"});
        assertThat(rs.get(0).valid()).as(String.valueOf(rs.get(0).message())).isTrue();
        assertThat(rs.get(0).tracking()).isEqualTo("SF1001,SF1002,SF1003,SF1004,SF1005,SF1006");
        assertThat(rs.get(1).tracking()).as("spaces inside one number are stray").isEqualTo("EA123456789JP");
        assertThat(rs.get(2).problem()).isEqualTo(Problem.DUPLICATE_ROW);
        assertThat(rs.get(2).message()).contains("lists SF2001 twice");
    }

    @Test
    void theParcelsOfAnOrderTravelWithOneCompany() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "P1"},
                new Object[] {"2", "1003", "Y068", "P2"});
        assertThat(rs.get(1).problem()).isEqualTo(Problem.PARCEL_CARRIER);
        assertThat(rs.get(1).message()).contains("ships with Y073 on row 2").contains("one company");
        assertThat(rs.get(0).problem()).as("its other parcel waits for the correction")
                .isEqualTo(Problem.PARCEL_INCOMPLETE);
    }

    @Test
    void everyRuleHoldsPerNumberAndOneRefusedParcelHoldsBackTheOrder() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "P1,SF-OLD"},
                new Object[] {"2", "1003", "Y073", "P2"}, new Object[] {"3", "1001", "Y073", "Q1"},
                new Object[] {"4", "1001", "Y073", "Q1"});
        assertThat(rs.get(0).problem()).isEqualTo(Problem.TRACKING_REUSED);
        assertThat(rs.get(0).message()).contains("SF-OLD").contains("order 2004 in the shop");
        assertThat(rs.get(1).problem()).isEqualTo(Problem.PARCEL_INCOMPLETE);
        assertThat(rs.get(1).message()).contains("row 2 of order 1003 is refused");
        assertThat(rs.get(3).problem()).isEqualTo(Problem.DUPLICATE_ROW);
        assertThat(rs.get(2).valid()).as("a repeated row loses no parcel").isTrue();
    }

    @Test
    void aParcelWhoseNumberExcelRoundedHoldsBackItsOrder() throws Exception {
        List<RowResult> rs = run(Leg.INTERNATIONAL, new Object[] {"1", "1003", "Y073", "SF100200300"},
                new Object[] {"2", "1003", "Y073", 9.400111899223197E21});
        assertThat(rs.get(1).problem()).isEqualTo(Problem.NUMERIC_CELL);
        assertThat(rs.get(0).problem()).isEqualTo(Problem.PARCEL_INCOMPLETE);
    }

    @Test
    void aFurtherParcelForAShippedOrderIsRefusedWithWhatToDo() throws Exception {
        RowResult r = only(Leg.INTERNATIONAL, new Object[] {"1", "2004", "Y073", "SF-NEW"});
        assertThat(r.problem()).isEqualTo(Problem.NOT_SHIPPABLE);
        assertThat(r.message()).contains("already shipped").contains("no further parcel after shipping")
                .contains("correct a number in the order itself");
    }
}
