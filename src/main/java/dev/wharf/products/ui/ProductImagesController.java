package dev.wharf.products.ui;

import dev.wharf.products.ImageProblem;
import dev.wharf.products.ImageRef;
import dev.wharf.products.ProductImageService;
import dev.wharf.products.ProductImages;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskScope;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The product editor's images (ProductImages.fxml, included by the editor): add from local files (file chooser or
 * drag and drop onto the pane), reorder, remove, make one the main image (the first). Each file is checked and
 * prepared in the background ({@link ProductImageService}); a file that breaks a rule is named with the reason on the
 * field. An image not yet on the platform says "Waiting to upload" until the sync has uploaded it.
 */
public final class ProductImagesController {
    private static final double TILE = 96;
    private final TaskScope tasks;
    private final ProductImageService service;
    private final Messages messages;
    private final DialogService dialogs;
    private final List<String> images = new ArrayList<>();
    private int preparing;
    private String convertedNote = "";

    @FXML
    private VBox root;
    @FXML
    private FlowPane tiles;
    @FXML
    private Label hint;
    @FXML
    private Label error;

    public ProductImagesController(TaskExecutor executor, ProductImageService service, Messages messages,
                                   DialogService dialogs) {
        this.tasks = new TaskScope(executor);
        this.service = service;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        root.setUserData(this);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /** Shows a product's images (URLs and local references), first = main. */
    void show(List<String> shown) {
        tasks.cancelAll();
        preparing = 0;
        images.clear();
        images.addAll(shown);
        convertedNote = "";
        clearProblem();
        render();
    }

    /** The images in order, the main one first. */
    List<String> images() {
        return List.copyOf(images);
    }

    /** True while a file is still being prepared (the editor waits before saving). */
    boolean busy() {
        return preparing > 0;
    }

    /** A rule of the whole list broken (too many images): marked on the field. */
    void showProblem(String text) {
        root.getStyleClass().add("invalid");
        error.setText(text);
    }

    private void clearProblem() {
        root.getStyleClass().remove("invalid");
        error.setText("");
    }

    @FXML
    private void choose() {
        List<Path> chosen = dialogs.chooseOpenFiles(messages.get("products.images.choose"),
                messages.get("products.images.filter"), List.of("jpg", "jpeg", "png", "bmp"));
        if (!chosen.isEmpty()) {
            addFiles(chosen);
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Adds image files (what the chooser and a drop do): each is checked and prepared in the background. */
    public void addFiles(List<Path> files) {
        clearProblem();
        for (Path file : files) {
            if (images.size() + preparing >= ProductImages.MAX_IMAGES) {
                showProblem(messages.format("products.images.tooMany", ProductImages.MAX_IMAGES));
                return;
            }
            preparing++;
            render();
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            tasks.execute(BackgroundTask.of(ctx -> service.add(file, ctx::isCancelled)).onSuccess(added -> {
                if (!images.contains(added.ref())) {
                    images.add(added.ref());
                }
                if (added.converted()) {
                    convertedNote = (messages.format("products.images.converted", name, added.width(), added.height(),
                            added.uploadBytes() / 1024));
                }
            }).onError(ImageProblem.class, p -> showProblem(messages.format("products.images.fileProblem", name,
                    messages.format(p.key(), p.args()))))
                    .onFailure(t -> showProblem(messages.format("products.images.fileProblem", name,
                            String.valueOf(t.getMessage()))))
                    .andFinally(() -> {
                        preparing = Math.max(0, preparing - 1);
                        render();
                    }));
        }
    }

    private void render() {
        tiles.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            tiles.getChildren().add(tile(i, images.get(i)));
        }
        if (preparing > 0) {
            Label working = new Label(messages.format("products.images.preparing", preparing));
            working.setId("editor-images-preparing");
            tiles.getChildren().add(working);
        }
        String fewer = images.size() < ProductImages.RECOMMENDED_IMAGES
                ? messages.format("products.images.fewer", ProductImages.RECOMMENDED_IMAGES) : "";
        hint.setText((convertedNote + " " + fewer).strip());
    }

    private VBox tile(int i, String image) {
        ImageView view = new ImageView();
        view.setFitWidth(TILE);
        view.setFitHeight(TILE);
        view.setPreserveRatio(true);
        String url = service.displayUrl(image);
        if (url != null) {
            view.setImage(new Image(url, TILE, TILE, true, true, true));
        }
        view.setId("editor-image-" + i);
        boolean local = ImageRef.isLocal(image);
        Label state = new Label(local && i == 0 ? messages.get("products.images.mainWaiting")
                : local ? messages.get("products.images.waiting") : i == 0 ? messages.get("products.images.main") : "");
        state.setId("editor-image-state-" + i);
        state.getStyleClass().add(local ? "pending-waiting" : "hint");
        HBox buttons = new HBox(2,
                button("products.images.left", "products.images.left.tip", "left", i, () -> move(i, i - 1), i == 0),
                button("products.images.right", "products.images.right.tip", "right", i, () -> move(i, i + 1),
                        i == images.size() - 1),
                button("products.images.makeMain", "products.images.makeMain.tip", "main", i, () -> move(i, 0),
                        i == 0),
                button("products.images.remove", "products.images.remove.tip", "remove", i, () -> remove(i), false));
        VBox box = new VBox(4, view, state, buttons);
        box.getStyleClass().add("image-tile");
        return box;
    }

    private Button button(String key, String tipKey, String what, int i, Runnable action, boolean disabled) {
        Button b = new Button(messages.get(key));
        b.setTooltip(new javafx.scene.control.Tooltip(messages.get(tipKey)));
        b.setId("editor-image-" + what + "-" + i);
        b.getStyleClass().add("small");
        b.setDisable(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void move(int from, int to) {
        if (to < 0 || to >= images.size() || from == to) {
            return;
        }
        images.add(to, images.remove(from));
        render();
    }

    private void remove(int i) {
        images.remove(i);
        clearProblem();
        render();
    }

    /** The editor is hidden: preparation still running is cancelled. */
    void suspend() {
        tasks.cancelAll();
        preparing = 0;
    }
}
