package dev.wharf.orders.ui;

import dev.wharf.orders.ActionRefusedException;
import dev.wharf.orders.ColorFlag;
import dev.wharf.orders.OrderActions;
import dev.wharf.orders.OrderDetail;
import dev.wharf.orders.OrderDetailQueries;
import dev.wharf.orders.OrderStatus;
import dev.wharf.orders.Timeline;
import dev.wharf.privacy.Access;
import dev.wharf.privacy.Masking;
import dev.wharf.privacy.NotPermittedException;
import dev.wharf.privacy.PersonalData;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One order: items, amounts with the discount breakdown, buyer remark, seller memo (editable), colour flag, receiver
 * (masked; "Show" for a permitted role, audited), ID-card presence, timeline, refunds (approve after confirming the
 * amount / reject with a reason), cancel (only before accept) and address change (only while awaiting shipment),
 * and the order's changes still waiting for the platform. Entry point: {@link #show(String)}.
 */
public final class OrderDetailController extends ScreenController {
    private final Messages m;
    private final DialogService dialogs;
    private final OrderDetailQueries queries;
    private final OrderActions actions;
    private final PersonalData personalData;
    private final ZoneId zone;
    private final SyncStatus sync;
    private final Consumer<SyncStatus.Snapshot> onSync = this::syncChanged;
    private volatile SyncStatus.Snapshot shownSync;
    private boolean following;
    private OrderDetail order;

    @FXML private Label title;
    @FXML private Label status;
    @FXML private Label pending;
    @FXML private Label error;
    @FXML private TableView<OrderDetail.Item> items;
    @FXML private TableColumn<OrderDetail.Item, String> itemTitle;
    @FXML private TableColumn<OrderDetail.Item, String> itemProperties;
    @FXML private TableColumn<OrderDetail.Item, String> itemQuantity;
    @FXML private TableColumn<OrderDetail.Item, String> itemPrice;
    @FXML private TableColumn<OrderDetail.Item, String> itemRefund;
    @FXML private GridPane amounts;
    @FXML private Label buyerRemark;
    @FXML private TextArea memo;
    @FXML private Button memoSave;
    @FXML private ComboBox<Optional<ColorFlag>> color;
    @FXML private Label receiver;
    @FXML private Label phone;
    @FXML private Button reveal;
    @FXML private Label idCard;
    @FXML private ListView<String> timeline;
    @FXML private VBox refunds;
    @FXML private TextField cancelReason;
    @FXML private Button cancelButton;
    @FXML private Label cancelHint;
    @FXML private TitledPane addressPane;
    @FXML private Label addressHint;
    @FXML private TextField addrName;
    @FXML private TextField addrState;
    @FXML private TextField addrAddress;
    @FXML private TextField addrZip;
    @FXML private TextField addrMobile;

    public OrderDetailController(TaskExecutor executor, Messages messages, DialogService dialogs,
                                 OrderDetailQueries queries, OrderActions actions, PersonalData personalData,
                                 ZoneId zone, SyncStatus sync) {
        super(executor);
        this.sync = sync;
        this.m = messages;
        this.dialogs = dialogs;
        this.queries = queries;
        this.actions = actions;
        this.personalData = personalData;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        itemTitle.setCellValueFactory(c -> text(c.getValue().title()));
        itemProperties.setCellValueFactory(c -> text(c.getValue().properties()));
        itemQuantity.setCellValueFactory(c -> text(Integer.toString(c.getValue().quantity())));
        itemPrice.setCellValueFactory(c -> text(Formats.money(c.getValue().priceFen())));
        itemRefund.setCellValueFactory(c -> text(refundState(c.getValue().refundStatus())));
        List<Optional<ColorFlag>> flags = new ArrayList<>();
        flags.add(Optional.empty());
        for (ColorFlag f : ColorFlag.values()) {
            flags.add(Optional.of(f));
        }
        color.setItems(FXCollections.observableArrayList(flags));
        color.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<ColorFlag> f) {
                return f == null ? "" : f.map(x -> m.get(x.messageKey())).orElse(m.get("orders.color.none"));
            }

            @Override
            public Optional<ColorFlag> fromString(String s) {
                return Optional.empty();
            }
        });
    }

    private static ReadOnlyObjectWrapper<String> text(String s) {
        return new ReadOnlyObjectWrapper<>(s == null ? "" : s);
    }

    private String refundState(Integer s) {
        if (s == null) {
            return "";
        }
        return m.get("orders.refund.status." + (s == 0 ? "open" : s == 1 ? "approved" : "rejected"));
    }

    /**
     * Loads and shows the order (in the background), and from then on follows the sync: when a sync or the outbox
     * changes the shop (a refund arrives, the platform cancels), the shown order is read again.
     */
    public void show(String orderId) {
        if (!following) {
            following = true;
            shownSync = sync.snapshot();
            sync.subscribe(onSync);
        }
        load(orderId, false);
    }

    /** A finished sync or a changed outbox (called on the sync thread). */
    private void syncChanged(SyncStatus.Snapshot now) {
        if (now.shopChangedSince(shownSync)) {
            shownSync = now;
            Platform.runLater(this::refresh);
        }
    }

    /** Reads the shown order again, keeping a memo the user typed and has not saved. */
    void refresh() {
        if (order != null) {
            load(order.orderId(), true);
        }
    }

    @Override
    public void deactivate() {
        sync.unsubscribe(onSync);
        following = false;
        super.deactivate();
    }

    private void load(String orderId, boolean keepTyping) {
        tasks.execute(BackgroundTask.of(ctx -> new Loaded(queries.detail(orderId), personalData.access()))
                .onSuccess(l -> {
                    if (l.detail().isEmpty()) {
                        error.setText(m.format("orders.detail.notFound", orderId));
                        return;
                    }
                    OrderDetail before = order;
                    String typed = memo.getText();
                    boolean unsaved = keepTyping && before != null && before.orderId().equals(orderId)
                            && !typed.equals(nz(before.sellerMemo()));
                    render(l.detail().get(), l.access());
                    if (unsaved) {
                        memo.setText(typed);
                    }
                })
                .onError(RuntimeException.class, e -> error.setText(m.format("orders.detail.failed", e.getMessage()))));
    }

    private record Loaded(Optional<OrderDetail> detail, Access access) {
    }

    private void render(OrderDetail d, Access access) {
        this.order = d;
        title.setText(m.format("orders.detail.title", d.orderId(), d.tradeId()));
        status.setText(statusText(d.status()));
        pending.setText(pendingText(d));
        items.setItems(FXCollections.observableArrayList(d.items()));
        renderAmounts(d.amounts());
        buyerRemark.setText(d.buyerRemark() == null || d.buyerRemark().isBlank()
                ? m.get("orders.detail.none") : d.buyerRemark());
        memo.setText(d.sellerMemo() == null ? "" : d.sellerMemo());
        color.setOnAction(null);
        color.setValue(ColorFlag.ofCode(d.colorFlag()));
        color.setOnAction(e -> saveColor());
        OrderDetail.Receiver r = d.receiver();
        receiver.setText(m.format("orders.detail.receiver.text", nz(r.name()), nz(r.state()), nz(r.address()),
                nz(r.zip())));
        phone.setText(Masking.phone(phoneOf(r)));
        reveal.setVisible(access.mayReveal());
        reveal.setManaged(access.mayReveal());
        idCard.setText(!d.hasIdCard() && d.idNumbers().isEmpty() ? m.get("orders.detail.idcard.none")
                : m.format("orders.detail.idcard.present", String.join(", ",
                        d.idNumbers().stream().map(Masking::idNumber).toList())));
        timeline.setItems(FXCollections.observableArrayList(Timeline.of(d).stream().map(e ->
                Formats.time(e.at(), zone) + "  " + m.get("orders.timeline." + e.kind().name().toLowerCase(Locale.ROOT))
                        + (e.detail() == null ? "" : "  " + e.detail())).toList()));
        refunds.getChildren().setAll(d.refunds().stream().map(x -> RefundRows.row(x, m, zone, this::approve,
                this::reject)).toList());
        if (d.refunds().isEmpty()) {
            refunds.getChildren().add(new Label(m.get("orders.detail.none")));
        }
        cancelButton.setDisable(!d.canCancel());
        cancelReason.setDisable(!d.canCancel());
        cancelHint.setText(d.canCancel() ? "" : m.get("orders.detail.cancel.notPossible"));
        addressPane.setDisable(!d.canChangeAddress());
        addressHint.setText(d.canChangeAddress() ? "" : m.get("orders.detail.address.notPossible"));
        addrName.setText(nz(r.name()));
        addrState.setText(nz(r.state()));
        addrAddress.setText(nz(r.address()));
        addrZip.setText(nz(r.zip()));
        addrMobile.setText("");
        addrMobile.setPromptText(Masking.phone(phoneOf(r)));
    }

    private String statusText(int code) {
        return OrderStatus.ofCode(code).map(s -> m.get("orders.detail.status." + s.name().toLowerCase(Locale.ROOT)))
                .orElse(Integer.toString(code));
    }

    private String pendingText(OrderDetail d) {
        List<String> lines = new ArrayList<>();
        for (OrderDetail.PendingChange p : d.pendingChanges()) {
            String what = m.get("settings.sync.command." + p.command());
            lines.add(p.refused() ? m.format("orders.detail.pending.refused", what, nz(p.lastError()))
                    : m.format("orders.detail.pending.waiting", what));
        }
        return String.join("\n", lines);
    }

    private void renderAmounts(OrderDetail.Amounts a) {
        amounts.getChildren().clear();
        String[] keys = {"amount", "platformCoupon", "sellerCoupon", "sellerPromotion", "sellerAdjust", "shipping",
            "paid"};
        long[] values = {a.amountFen(), -a.platformCouponFen(), -a.sellerCouponFen(), -a.sellerPromotionFen(),
            -a.sellerAdjustFen(), a.shippingFen(), a.paidFen()};
        for (int i = 0; i < keys.length; i++) {
            Label value = new Label(Formats.money(values[i]));
            value.setId("detail-amount-" + keys[i]);
            amounts.addRow(i, new Label(m.get("orders.detail.amount." + keys[i])), value);
        }
    }

    private static String phoneOf(OrderDetail.Receiver r) {
        return r.mobile() != null && !r.mobile().isBlank() ? r.mobile() : r.phone();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ actions

    @FXML
    private void reveal() {
        OrderDetail d = order;
        tasks.execute(BackgroundTask.of(ctx -> {
            String p = personalData.reveal(d.orderId(), "receiver_phone", phoneOf(d.receiver()));
            List<String> ids = d.idNumbers().isEmpty() ? List.of()
                    : List.of(personalData.reveal(d.orderId(), "id_number", String.join(", ", d.idNumbers())));
            return new String[] {p, String.join(", ", ids)};
        }).onSuccess(v -> {
            phone.setText(nz(v[0]));
            if (!v[1].isEmpty()) {
                idCard.setText(m.format("orders.detail.idcard.present", v[1]));
            }
        }).onError(NotPermittedException.class, e -> error.setText(m.get("orders.detail.reveal.notPermitted"))));
    }

    @FXML
    private void saveMemo() {
        OrderDetail d = order;
        String text = memo.getText();
        act(() -> actions.saveMemo(d, text), "orders.detail.memo.saved");
    }

    private void saveColor() {
        OrderDetail d = order;
        ColorFlag flag = color.getValue() == null ? null : color.getValue().orElse(null);
        act(() -> {
            actions.setColorFlag(d, flag);
            return 0L;
        }, null);
    }

    @FXML
    private void cancelOrder() {
        OrderDetail d = order;
        String reason = cancelReason.getText();
        act(() -> actions.cancel(d, reason), "orders.detail.cancel.done");
    }

    @FXML
    private void saveAddress() {
        OrderDetail d = order;
        String mobile = addrMobile.getText().isBlank() ? phoneOf(d.receiver()) : addrMobile.getText();
        OrderDetail.Receiver r = new OrderDetail.Receiver(addrName.getText(), addrState.getText(),
                addrAddress.getText(), addrZip.getText(), mobile, null);
        act(() -> actions.changeAddress(d, r), "orders.detail.address.done");
    }

    private void approve(OrderDetail.Refund r) {
        if (!dialogs.confirm(m.get("orders.detail.refund.confirm.title"), m.format("orders.detail.refund.confirm",
                Formats.money(r.amountFen()), order.orderId()))) {
            return;
        }
        act(() -> actions.approveRefund(r, r.amountFen()), "orders.detail.refund.approved");
    }

    private void reject(OrderDetail.Refund r, String reason) {
        act(() -> actions.rejectRefund(r, reason), "orders.detail.refund.rejected");
    }

    /** Runs an action in the background; shows why it was refused, or reloads the order after it. */
    private void act(Supplier<Long> work, String doneKey) {
        error.setText("");
        String id = order.orderId();
        tasks.execute(BackgroundTask.of(ctx -> work.get()).onSuccess(v -> {
            if (doneKey != null) {
                dialogs.notify(m.get(doneKey));
            }
            show(id);
        }).onError(ActionRefusedException.class, e -> error.setText(m.get(e.reason().messageKey())))
                .onError(IllegalArgumentException.class, e -> error.setText(m.format("orders.detail.failed",
                        e.getMessage()))));
    }
}
