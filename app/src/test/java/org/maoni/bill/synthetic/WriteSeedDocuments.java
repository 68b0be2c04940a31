package org.maoni.bill.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Regenerates the committed files under {@code seed-documents/} from {@link DemoBillSource} and {@link
 * DemoMemoranda}. Run from the repository root (or the {@code app} module) with the test classpath, optionally giving
 * the target directory as the only argument; {@code SeedDocumentsTest} fails while the committed files are stale.
 */
public final class WriteSeedDocuments {

    private WriteSeedDocuments() {}

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : locate();
        for (Map.Entry<String, byte[]> file : SeedDocuments.render().entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            System.out.println("wrote " + target + " (" + file.getValue().length + " bytes)");
        }
    }

    /** The {@code seed-documents} folder seen from the repository root or from the {@code app} module. */
    static Path locate() {
        Path fromRoot = Path.of("seed-documents");
        if (Files.isDirectory(Path.of("app")) || Files.isDirectory(fromRoot)) {
            return fromRoot;
        }
        return Path.of("..", "seed-documents");
    }
}
