package kr.nanumteo.rules.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of one pack folder, by name relative to the folder, as bytes: what is compiled and what
 * the pack's sha256 is taken over. The same folder read from disk or from the bundled jar gives the
 * same files and so the same sha256.
 *
 * @param origin where the folder was read from, for messages ({@code rule-packs/2024})
 */
public record PackFiles(String origin, SortedMap<String, byte[]> files) {

    public static final String DESCRIPTOR = "pack.yaml";

    public PackFiles {
        files = new TreeMap<>(files);
    }

    /** Every regular file below {@code dir}, by its path relative to it with '/' separators. */
    public static PackFiles fromDirectory(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack folder " + dir + " could not be read", e);
        }
        return new PackFiles(dir.toString(), files);
    }

    /** Every folder under {@code dir} that holds a pack.yaml. */
    public static List<PackFiles> allInDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rule pack directory " + dir.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(DESCRIPTOR))).sorted()
                    .map(PackFiles::fromDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack directory " + dir + " could not be read", e);
        }
    }

    /** The packs bundled on the classpath under {@code root/<folder>/} (the rule-packs module's jar). */
    public static List<PackFiles> allOnClasspath(String root) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(PackFiles.class.getClassLoader());
        try {
            Map<String, SortedMap<String, byte[]>> byFolder = new TreeMap<>();
            for (Resource r : resolver.getResources("classpath*:" + root + "/*/**/*")) {
                if (!r.isReadable()) {
                    continue; // a directory entry
                }
                String url = r.getURL().toString();
                int at = url.lastIndexOf("/" + root + "/");
                String rel = url.substring(at + root.length() + 2);
                int slash = rel.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    byFolder.computeIfAbsent(rel.substring(0, slash), k -> new TreeMap<>())
                            .put(rel.substring(slash + 1), in.readAllBytes());
                }
            }
            List<PackFiles> packs = new ArrayList<>();
            byFolder.forEach((folder, files) -> {
                if (files.containsKey(DESCRIPTOR)) {
                    packs.add(new PackFiles(root + "/" + folder, files));
                }
            });
            return packs;
        } catch (IOException e) {
            throw new UncheckedIOException("bundled rule packs under " + root + " could not be read", e);
        }
    }

    public String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /**
     * sha256 over every file of the folder, in name order, each as its name, a NUL, its length and its bytes:
     * one byte changed anywhere in the pack gives another hash.
     */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) 0);
                md.update(bytes);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
