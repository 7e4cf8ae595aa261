package dev.wharf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md. Feature cores know nothing of JavaFX or JDBC; screens never touch SQL
 * or HTTP; only the composition root knows everything; no cycles between top-level packages.
 */
@AnalyzeClasses(packages = "dev.wharf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Packages whose classes must run without JavaFX: everything but the UI. */
    private static final String[] UI_FREE = {
        "dev.wharf.common..", "dev.wharf.store..", "dev.wharf.sync..", "dev.wharf.platform..",
        "dev.wharf.sandbox..", "dev.wharf.cli..", "dev.wharf.catalog", "dev.wharf.orders", "dev.wharf.shipping",
        "dev.wharf.customers", "dev.wharf.compass", "dev.wharf.workbench", "dev.wharf.privacy", "dev.wharf.products",
        "dev.wharf.products.sheets", "dev.wharf.spreadsheet"};

    /** Feature cores: rules and services only. */
    private static final String[] FEATURE_CORES = {
        "dev.wharf.catalog", "dev.wharf.orders", "dev.wharf.shipping", "dev.wharf.customers", "dev.wharf.compass",
        "dev.wharf.workbench", "dev.wharf.sync", "dev.wharf.common..", "dev.wharf.privacy", "dev.wharf.products",
        "dev.wharf.products.sheets"};

    @ArchTest
    static final ArchRule nonUiCodeDoesNotUseJavaFx = noClasses().that().resideInAnyPackage(UI_FREE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule featureCoresDoNotUseJdbcOrHttp = noClasses().that().resideInAnyPackage(FEATURE_CORES)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "okhttp3..");

    /** Screens (every ui package and the app's sub-packages); the composition root in dev.wharf.app wires them. */
    @ArchTest
    static final ArchRule screensNeverTouchSqlOrHttp = noClasses()
            .that().resideInAnyPackage("..ui..", "dev.wharf.app.*..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "okhttp3..",
                    "dev.wharf.platform..", "dev.wharf.sandbox..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsTheApplication = noClasses()
            .that().resideOutsideOfPackages("dev.wharf.app..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.wharf.app..");

    @ArchTest
    static final ArchRule theSharedUiToolkitKnowsNoFeature = noClasses().that().resideInAnyPackage("dev.wharf.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.wharf.store..", "dev.wharf.orders..",
                    "dev.wharf.catalog..", "dev.wharf.shipping..", "dev.wharf.customers..", "dev.wharf.compass..",
                    "dev.wharf.workbench..", "dev.wharf.platform..", "dev.wharf.cli..", "dev.wharf.privacy..", "dev.wharf.products..",
                    "dev.wharf.spreadsheet..");

    @ArchTest
    static final ArchRule theCommandLineDoesNotStartJavaFx = noClasses().that().resideInAPackage("dev.wharf.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.wharf.ui..");

    /**
     * Feature screens read through their core's ports and act through injected handlers (e.g. orders.ui.OrderListActions):
     * never the store, the outbox or the sync engine directly.
     */
    @ArchTest
    static final ArchRule featureScreensUseTheirCoreNotTheStore = noClasses()
            .that().resideInAnyPackage("dev.wharf.orders.ui..", "dev.wharf.workbench..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.wharf.store..", "dev.wharf.sync.outbox..",
                    "dev.wharf.cli..");

    /**
     * The orders core knows no store, command line, platform client or sandbox: the store implements its ports, and
     * it changes the shop only through the outbox's ports (LocalCommands, OutboxDelivery) like every feature. Those
     * ports take the platform's request records (platform.dto), never the client (platform).
     */
    @ArchTest
    static final ArchRule theOrdersCoreDependsOnNoInfrastructure = noClasses().that().resideInAPackage("dev.wharf.orders")
            .should().dependOnClassesThat().resideInAnyPackage("dev.wharf.store..", "dev.wharf.cli..",
                    "dev.wharf.platform", "dev.wharf.sandbox..");

    /** The sandbox's simulation core is pure: no storage, network, clock-reading server code, nor the server itself. */
    @ArchTest
    static final ArchRule theSimulationCoreIsPure = noClasses().that().resideInAPackage("dev.wharf.sandbox.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "okhttp3..", "java.net..",
                    "com.sun.net.httpserver..", "dev.wharf.sandbox", "dev.wharf.store..", "dev.wharf.platform..");

    /** ...and deterministic: no static state that could carry over between two simulations in one JVM. */
    @ArchTest
    static final ArchRule theSimulationCoreHasNoStaticMutableFields = fields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("dev.wharf.sandbox.sim..")
            .should().beFinal();

    /**
     * Imports are read as streams: POI's whole-workbook XSSF model needs over 1 GB for 500k rows (PITFALLS),
     * and POI's usermodel would hand formulas through; only the old .xls format (≤ 65,536 rows) is read whole.
     */
    @ArchTest
    static final ArchRule importsNeverLoadAWholeXlsxWorkbook = noClasses().that().resideInAnyPackage(
            "dev.wharf.shipping..", "dev.wharf.spreadsheet..", "dev.wharf.products..").should().dependOnClassesThat().haveFullyQualifiedName(
            "org.apache.poi.xssf.usermodel.XSSFWorkbook").orShould().dependOnClassesThat().haveFullyQualifiedName(
            "org.apache.poi.xssf.streaming.SXSSFWorkbook");

    /** The spreadsheet readers and writers know no feature: shipping and products both use them. */
    @ArchTest
    static final ArchRule spreadsheetsKnowNoFeature = noClasses().that().resideInAPackage("dev.wharf.spreadsheet..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.wharf.shipping..", "dev.wharf.products..",
                    "dev.wharf.orders..", "dev.wharf.store..", "dev.wharf.sync..", "dev.wharf.platform..");

    /** The Shipping screen works through the shipping core: it never reads spreadsheets or the database itself. */
    @ArchTest
    static final ArchRule theShippingScreenWorksThroughItsCore = noClasses().that().resideInAPackage(
            "dev.wharf.shipping.ui..").should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..",
            "dev.wharf.store..");

    /** The products screen (stock and price spreadsheets too) works through the products core. */
    @ArchTest
    static final ArchRule theProductsScreenWorksThroughItsCore = noClasses().that().resideInAnyPackage(
            "dev.wharf.products.ui..", "dev.wharf.spreadsheet.ui..").should().dependOnClassesThat()
            .resideInAnyPackage("org.apache.poi..", "dev.wharf.store..");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("dev.wharf.(*)..")
            .should().beFreeOfCycles();
}
