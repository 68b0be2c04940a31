package org.maoni.annotation.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The W3C test-suite samples copied to {@code schemas/web-annotation/samples}. */
final class WebAnnotationSamples {

    private static final String ROOT = "/schemas/web-annotation/samples/";

    private WebAnnotationSamples() {}

    static List<String> correct() {
        return list("correct");
    }

    static List<String> incorrect() {
        return list("incorrect");
    }

    static String read(String name) {
        try (InputStream in = WebAnnotationSamples.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String folder) {
        try (Stream<Path> files = Files.list(
                Path.of(WebAnnotationSamples.class.getResource(ROOT + folder).toURI()))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no samples in " + folder);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
