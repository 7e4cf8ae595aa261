package dev.wharf.orders.ui;

import dev.wharf.orders.Cart;
import dev.wharf.orders.DateField;
import dev.wharf.orders.OrderCursor;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderLine;
import dev.wharf.orders.OrderList;
import dev.wharf.orders.OrderPage;
import dev.wharf.orders.OrderSummary;
import dev.wharf.orders.OrderTab;
import dev.wharf.orders.TabCounts;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The Orders screen: status tabs with counts, search and filters, the cart-grouped list loaded a page at a time in
 * the background as the user scrolls, multi-select, "Accept selected" and a summary of the selected order.
 */
public final class OrdersController extends ScreenController {
    private static final ZoneId PLATFORM_TIME = ZoneId.of("Asia/Shanghai");

    private final OrderList list;
    private final SyncStatus sync;
    private final Messages messages;
    private final OrderListActions actions;
    private final Clock clock;
    private final OrderTexts texts;
    private final OrderSummaryView summaries;
    private final Consumer<SyncStatus.Snapshot> onSync = this::syncChanged;
    private final Map<OrderTab, ToggleButton> tabButtons = new EnumMap<>(OrderTab.class);
    private final TreeItem<OrderRow> root = new TreeItem<>();

    private OrderFilter filter = OrderFilter.of(OrderTab.ALL);
    private int generation;
    private Optional<OrderCursor> next = Optional.empty();
    private boolean loading;
    private boolean exhausted;
    private boolean updatingControls;
    private volatile SyncStatus.Snapshot shownSync;

    @FXML
    private FlowPane tabs;
    @FXML
    private TextField search;
    @FXML
    private ComboBox<Integer> deliveryType;
    @FXML
    private ComboBox<Integer> colorFlag;
    @FXML
    private CheckBox hasRemark;
    @FXML
    private CheckBox atRisk;
    @FXML
    private ComboBox<DateField> dateField;
    @FXML
    private DatePicker from;
    @FXML
    private DatePicker to;
    @FXML
    private TreeTableView<OrderRow> table;
    @FXML
    private TreeTableColumn<OrderRow, String> mainColumn;
    @FXML
    private TreeTableColumn<OrderRow, String> statusColumn;
    @FXML
    private TreeTableColumn<OrderRow, String> deliveryColumn;
    @FXML
    private TreeTableColumn<OrderRow, String> amountColumn;
    @FXML
    private TreeTableColumn<OrderRow, String> dueColumn;
    @FXML
    private TreeTableColumn<OrderRow, String> receiverColumn;
    @FXML
    private TreeTableColumn<OrderRow, String> splitColumn;
    @FXML
    private Label emptyText;
    @FXML
    private VBox detailHost;
    @FXML
    private Button accept;
    @FXML
    private Button shipTogether;
    @FXML
    private Label selection;
    @FXML
    private Label listStatus;
    @FXML
    private ShippingExportController shippingExportController;

    public OrdersController(TaskExecutor executor, OrderList list, SyncStatus sync, Messages messages,
                            OrderListActions actions, Clock clock) {
        super(executor);
        this.list = list;
        this.sync = sync;
        this.messages = messages;
        this.actions = actions;
        this.clock = clock;
        this.texts = new OrderTexts(messages);
        this.summaries = new OrderSummaryView(messages, texts);
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (OrderTab tab : OrderTab.values()) {
            ToggleButton b = new ToggleButton(messages.get("orders.tab." + tab.id()));
            b.setId("orders-tab-" + tab.id());
            b.setToggleGroup(group);
            b.setOnAction(e -> {
                b.setSelected(true);
                apply(filter.withTab(tab));
            });
            tabButtons.put(tab, b);
            tabs.getChildren().add(b);
        }
        OrderFilterControls.setUp(deliveryType, colorFlag, dateField, texts, messages);
        deliveryType.valueProperty().addListener((o, a, b) -> controlsChanged());
        colorFlag.valueProperty().addListener((o, a, b) -> controlsChanged());
        dateField.valueProperty().addListener((o, a, b) -> controlsChanged());
        from.valueProperty().addListener((o, a, b) -> controlsChanged());
        to.valueProperty().addListener((o, a, b) -> controlsChanged());
        hasRemark.selectedProperty().addListener((o, a, b) -> controlsChanged());
        atRisk.selectedProperty().addListener((o, a, b) -> controlsChanged());

        OrderColumns.bind(mainColumn, r -> OrderColumns.main(r, texts));
        OrderColumns.bind(statusColumn, r -> OrderColumns.status(r, texts));
        OrderColumns.bind(deliveryColumn, r -> OrderColumns.delivery(r, texts));
        OrderColumns.bind(amountColumn, r -> OrderColumns.amount(r, texts));
        OrderColumns.bind(dueColumn, r -> OrderColumns.due(r, texts, clock::instant));
        OrderColumns.bind(receiverColumn, r -> OrderColumns.receiver(r, texts));
        OrderColumns.bind(splitColumn, r -> OrderColumns.split(r, texts));
        table.setRoot(root);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(OrderRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getTreeItem() != null && getTreeItem().getParent() == root
                        && !root.getChildren().isEmpty()
                        && getTreeItem() == root.getChildren().get(root.getChildren().size() - 1)) {
                    Platform.runLater(OrdersController.this::loadMore);
                }
            }
        });
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<TreeItem<OrderRow>>) c -> selectionChanged());
        ShipTogetherAction.install(table, shipTogether, actions, messages);
        emptyText.setText(messages.get("orders.empty"));
        accept.setDisable(true);
        shippingExportController.attach(table, this::filter);
        showTabSelected();
    }

    @Override
    public void activate() {
        shownSync = sync.snapshot();
        sync.subscribe(onSync);
        reload();
    }

    @Override
    public void deactivate() {
        sync.unsubscribe(onSync);
        shippingExportController.deactivate();
        generation++;
        super.deactivate();
        loading = false;
    }

    /** Shows the list with this filter (the Workbench's to-dos open the screen this way). */
    public void show(OrderFilter wanted) {
        updatingControls = true;
        try {
            search.setText(wanted.search() == null ? "" : wanted.search());
            deliveryType.setValue(wanted.deliveryType());
            colorFlag.setValue(wanted.colorFlag());
            hasRemark.setSelected(wanted.hasBuyerRemark());
            atRisk.setSelected(wanted.atRisk());
            dateField.setValue(wanted.effectiveDateField());
            from.setValue(wanted.from() == null ? null : LocalDate.ofInstant(wanted.from(), PLATFORM_TIME));
            to.setValue(wanted.to() == null ? null : LocalDate.ofInstant(wanted.to(), PLATFORM_TIME).minusDays(1));
        } finally {
            updatingControls = false;
        }
        apply(wanted);
    }

    /** The filter the list shows now. */
    public OrderFilter filter() {
        return filter;
    }

    /** A finished sync or a changed outbox brings new data (called on the sync thread). */
    private void syncChanged(SyncStatus.Snapshot now) {
        if (now.shopChangedSince(shownSync)) {
            shownSync = now;
            Platform.runLater(() -> reload(true));
        }
    }

    @FXML
    private void applySearch() {
        apply(filter.withSearch(search.getText()));
    }

    @FXML
    private void clearFilters() {
        show(OrderFilter.of(filter.tab()).withSearch(search.getText()));
    }

    private void controlsChanged() {
        if (updatingControls) {
            return;
        }
        try {
            apply(OrderFilterControls.read(filter, deliveryType, colorFlag, dateField, from, to, hasRemark, atRisk,
                    PLATFORM_TIME));
        } catch (IllegalArgumentException e) {
            listStatus.setText(messages.get("orders.filter.badRange"));
        }
    }

    private void apply(OrderFilter wanted) {
        filter = wanted;
        showTabSelected();
        reload();
    }

    private void showTabSelected() {
        tabButtons.forEach((tab, b) -> b.setSelected(tab == filter.tab()));
    }

    private void reload() {
        reload(false);
    }

    /** Starts the list again from page one, refreshes the counts; after a sync the shown detail stays (it follows). */
    private void reload(boolean keepDetail) {
        generation++;
        root.getChildren().clear();
        next = Optional.empty();
        exhausted = false;
        loading = false;
        if (!keepDetail) {
            showDetailNone();
        }
        loadMore();
        tasks.execute(BackgroundTask.of(ctx -> list.tabCounts()).onSuccess(this::showCounts));
    }

    private void loadMore() {
        if (loading || exhausted) {
            return;
        }
        loading = true;
        int gen = generation;
        OrderFilter f = filter;
        Optional<OrderCursor> after = next;
        listStatus.setText(messages.get("orders.loading"));
        tasks.execute(BackgroundTask.of(ctx -> list.page(f, after, OrderList.DEFAULT_PAGE))
                .onSuccess(page -> {
                    if (gen == generation) {
                        append(page);
                    }
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        listStatus.setText(messages.format("orders.loadFailed", String.valueOf(e.getMessage())));
                    }
                })
                .andFinally(() -> {
                    if (gen == generation) {
                        loading = false;
                        if (!exhausted && root.getChildren().size() < OrderList.DEFAULT_PAGE / 2) {
                            loadMore();
                        }
                    }
                }));
    }

    private void append(OrderPage page) {
        List<TreeItem<OrderRow>> items = new ArrayList<>(page.carts().size());
        for (Cart cart : page.carts()) {
            items.add(cartItem(cart));
        }
        root.getChildren().addAll(items);
        next = page.next();
        exhausted = next.isEmpty();
        listStatus.setText(messages.format(exhausted ? "orders.loaded.all" : "orders.loaded.more",
                root.getChildren().size()));
    }

    private static TreeItem<OrderRow> cartItem(Cart cart) {
        TreeItem<OrderRow> item = new TreeItem<>(OrderRow.of(cart));
        for (OrderSummary o : cart.orders()) {
            TreeItem<OrderRow> order = new TreeItem<>(OrderRow.of(o));
            for (OrderLine line : o.lines()) {
                order.getChildren().add(new TreeItem<>(OrderRow.of(o, line)));
            }
            item.getChildren().add(order);
        }
        return item;
    }

    private void showCounts(TabCounts counts) {
        tabButtons.forEach((tab, b) -> b.setText(messages.format("orders.tab.count",
                messages.get("orders.tab." + tab.id()), counts.of(tab))));
    }

    private void selectionChanged() {
        List<String> ids = acceptableSelection();
        accept.setDisable(ids.isEmpty());
        selection.setText(ids.isEmpty() ? "" : messages.format("orders.selection", ids.size()));
        List<TreeItem<OrderRow>> selected = table.getSelectionModel().getSelectedItems();
        if (selected.size() != 1 || selected.get(0) == null || selected.get(0).getValue() == null) {
            return;
        }
        OrderRow row = selected.get(0).getValue();
        if (row.kind() == OrderRow.Kind.CART) {
            detailHost.getChildren().setAll(summaries.cart(row.cart()));
        } else {
            Node detail = actions.open(row.order().orderId());
            if (detail != null) {
                detailHost.getChildren().setAll(detail);
            } else {
                detailHost.getChildren().setAll(summaries.order(row.order(), clock.instant()));
            }
        }
    }

    /** The selected orders awaiting acceptance: carts count with all their orders awaiting acceptance. */
    private List<String> acceptableSelection() {
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<OrderRow> item : table.getSelectionModel().getSelectedItems()) {
            if (item == null || item.getValue() == null) {
                continue;
            }
            OrderRow row = item.getValue();
            if (row.kind() == OrderRow.Kind.CART) {
                ids.addAll(row.cart().awaitingAcceptOrderIds());
            } else if (row.kind() == OrderRow.Kind.ORDER && row.order().awaitingAccept()) {
                ids.add(row.order().orderId());
            }
        }
        return List.copyOf(ids);
    }

    @FXML
    private void acceptSelected() {
        List<String> ids = acceptableSelection();
        if (!ids.isEmpty()) {
            actions.accept(ids);
        }
    }

    private void showDetailNone() {
        Label none = new Label(messages.get("orders.summary.none"));
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        detailHost.getChildren().setAll(none);
    }

}
