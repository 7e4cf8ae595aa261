package dev.wharf.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.app.shell.Destination;
import dev.wharf.common.settings.Settings;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.credentials.Protection;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.Conflict;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both languages carry the same keys, every key is used, every key used exists, and every pattern is a valid
 * MessageFormat with the same arguments in both languages.
 */
class LocalizationConsistencyTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/wharf");
    private static final Path SOURCES = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties english;
    private static Properties chinese;

    @BeforeAll
    static void load() throws IOException {
        english = read(RESOURCES.resolve("messages.properties"));
        chinese = read(RESOURCES.resolve("messages_zh_CN.properties"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        assertThat(onlyEnglish).as("keys missing from messages_zh_CN.properties").isEmpty();
        assertThat(onlyChinese).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyUsedInCodeOrFxmlExists() throws IOException {
        Set<String> fxmlKeys = fxmlKeys();
        Set<String> missing = new TreeSet<>(fxmlKeys);
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys used in FXML but not in the bundles").isEmpty();
        for (String dynamic : dynamicKeys()) {
            assertThat(english.stringPropertyNames()).as("key built in code").contains(dynamic);
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = new HashSet<>(fxmlKeys());
        used.addAll(dynamicKeys());
        Set<String> literals = javaLiterals();
        Set<String> unused = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!used.contains(key) && !literals.contains(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that no code or FXML uses").isEmpty();
    }

    @Test
    void patternsAreValidAndTakeTheSameArguments() {
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key, en);
            assertThat(arguments(zh)).as("arguments of %s in both languages", key).isEqualTo(arguments(en));
            if (!arguments(en).isEmpty()) {
                new MessageFormat(en, Locale.ENGLISH);
                new MessageFormat(zh, Locale.SIMPLIFIED_CHINESE);
            } else {
                assertThat(en).as("%s has no arguments, so a single quote must not be doubled", key)
                        .doesNotContain("''");
            }
        }
    }

    /** Keys that code builds from enums and choice lists rather than spelling out. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        for (Destination d : Destination.values()) {
            keys.add(d.titleKey());
            if (!d.built()) {
                keys.add("placeholder." + d.id());
            }
        }
        for (SyncStatus.Connection c : SyncStatus.Connection.values()) {
            keys.add("status.connection." + c.name().toLowerCase(Locale.ROOT));
        }
        Languages.CHOICES.forEach(l -> keys.add("settings.language." + l));
        for (ConnectionCheck.Problem p : ConnectionCheck.Problem.values()) {
            keys.add("firstrun.problem." + p.name().toLowerCase(Locale.ROOT));
        }
        for (Protection.Kind k : Protection.Kind.values()) {
            keys.add("firstrun.protection." + k.id());
        }
        for (Command c : Command.values()) {
            keys.add("settings.sync.command." + c.code());
        }
        for (Command.AggregateType t : Command.AggregateType.values()) {
            keys.add("settings.sync.aggregate." + t.code());
        }
        for (Conflict.Kind k : Conflict.Kind.values()) {
            keys.add(new Conflict(k, "x", "", "", true).bundleKey()); // an address has only the .unknown wording
            keys.add(new Conflict(k, "x", "", "", false).bundleKey());
        }
        for (dev.wharf.orders.ColorFlag f : dev.wharf.orders.ColorFlag.values()) {
            keys.add(f.messageKey());
        }
        for (dev.wharf.orders.ActionRefusedException.Reason r : dev.wharf.orders.ActionRefusedException.Reason.values()) {
            keys.add(r.messageKey());
        }
        for (dev.wharf.orders.Timeline.Kind k : dev.wharf.orders.Timeline.Kind.values()) {
            keys.add("orders.timeline." + k.name().toLowerCase(Locale.ROOT));
        }
        for (dev.wharf.shipping.Problem p : dev.wharf.shipping.Problem.values()) {
            keys.add(dev.wharf.shipping.ui.ShippingKeys.problem(p));
        }
        for (dev.wharf.shipping.Leg l : dev.wharf.shipping.Leg.values()) {
            keys.add("shipping.export.status." + dev.wharf.shipping.ui.ShippingKeys.leg(l));
            keys.add("shipping.leg." + dev.wharf.shipping.ui.ShippingKeys.leg(l));
        }
        for (dev.wharf.shipping.Field f : dev.wharf.shipping.ui.ShippingKeys.MAPPED) {
            keys.add("shipping.field." + f.id());
        }
        keys.add("shipping.export.filter.xlsx");
        keys.add("shipping.export.filter.csv");
        for (dev.wharf.orders.OrderStatus st : dev.wharf.orders.OrderStatus.values()) {
            keys.add("orders.detail.status." + st.name().toLowerCase(Locale.ROOT));
        }
        for (dev.wharf.orders.AcceptResult.State st : dev.wharf.orders.AcceptResult.State.values()) {
            keys.add("orders.accept.state." + st.name().toLowerCase(Locale.ROOT));
        }
        for (String a : new String[] {"amount", "platformCoupon", "sellerCoupon", "sellerPromotion", "sellerAdjust",
            "shipping", "paid"}) {
            keys.add("orders.detail.amount." + a);
        }
        for (String st : new String[] {"open", "approved", "rejected"}) {
            keys.add("orders.refund.status." + st);
        }
        for (dev.wharf.privacy.Role r : dev.wharf.privacy.Role.values()) {
            keys.add("settings.roles.role." + r.code());
        }
        for (dev.wharf.privacy.AuditEntry.Action a : dev.wharf.privacy.AuditEntry.Action.values()) {
            keys.add("settings.roles.audit." + a.code());
        }
        // products
        for (dev.wharf.products.ProductStatus st : dev.wharf.products.ProductStatus.values()) {
            keys.add(st.labelKey());
        }
        for (dev.wharf.products.DeliveryType dt : dev.wharf.products.DeliveryType.values()) {
            keys.add(dt.labelKey());
        }
        for (dev.wharf.products.DeliveryType dt : dev.wharf.products.DeliveryType.values()) {
            keys.add("products.editor.delivery." + dt.code());
        }
        for (String f : java.util.List.of("properties", "outerId", "price", "vipPrice", "newCustomerPrice", "stock", "weight",
                "bundle")) {
            keys.add("products.editor.sku." + f);
        }
        for (dev.wharf.products.PendingState ps : dev.wharf.products.PendingState.values()) {
            keys.add(ps.labelKey());
        }
        for (dev.wharf.products.BulkEdit.Field f : dev.wharf.products.BulkEdit.Field.values()) {
            keys.add("products.bulk.field." + f.name().toLowerCase(Locale.ROOT));
        }
        for (dev.wharf.products.sheets.StockField f : dev.wharf.products.sheets.StockField.values()) {
            keys.add("products.sheet.field." + f.id());
        }
        for (dev.wharf.products.sheets.StockRow.Status st : dev.wharf.products.sheets.StockRow.Status.values()) {
            keys.add("products.sheet.status." + st.name().toLowerCase(Locale.ROOT));
        }
        for (dev.wharf.products.sheets.StockProblem pr : dev.wharf.products.sheets.StockProblem.values()) {
            keys.add("products.sheet.problem." + pr.name().toLowerCase(Locale.ROOT));
        }
        for (dev.wharf.orders.OrderTab t : dev.wharf.orders.OrderTab.values()) {
            keys.add("orders.tab." + t.id());
        }
        for (dev.wharf.orders.OrderStatus st : dev.wharf.orders.OrderStatus.values()) {
            keys.add("orders.status." + st.name().toLowerCase(Locale.ROOT));
        }
        for (int code : dev.wharf.orders.DeliveryKind.codes()) {
            keys.add("orders.delivery." + code);
        }
        for (dev.wharf.orders.SplitReason r : dev.wharf.orders.SplitReason.values()) {
            keys.add("orders.split." + r.name().toLowerCase(Locale.ROOT));
        }
        for (dev.wharf.orders.Deadlines.Kind k : dev.wharf.orders.Deadlines.Kind.values()) {
            keys.add("orders.deadline." + k.name().toLowerCase(Locale.ROOT));
        }
        for (dev.wharf.orders.DateField d : dev.wharf.orders.DateField.values()) {
            keys.add("orders.date." + d.name().toLowerCase(Locale.ROOT));
        }
        for (int flag = 0; flag <= 6; flag++) {
            keys.add("orders.flag." + flag);
        }
        keys.add("settings.theme." + Settings.THEME_LIGHT);
        keys.add("settings.theme." + Settings.THEME_DARK);
        for (SyncStatus.Credentials c : SyncStatus.Credentials.values()) {
            keys.add("reconnect.why." + c.name().toLowerCase(Locale.ROOT));
            if (c != SyncStatus.Credentials.OK) {
                keys.add("status.credentials." + c.name().toLowerCase(Locale.ROOT));
            }
        }
        for (dev.wharf.common.ProfileNames.Problem p : dev.wharf.common.ProfileNames.Problem.values()) {
            keys.add("profiles.name." + p.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Set<String> fxmlKeys() throws IOException {
        return matches(".fxml", FXML_KEY);
    }

    private static Set<String> javaLiterals() throws IOException {
        return matches(".java", JAVA_LITERAL);
    }

    private static Set<String> matches(String suffix, Pattern pattern) throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
