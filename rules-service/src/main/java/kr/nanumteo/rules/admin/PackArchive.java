package kr.nanumteo.rules.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import kr.nanumteo.rules.packs.PackFiles;

/**
 * An uploaded pack: a zip of the pack folder's files (at its root, or inside one folder), and
 * optionally its scenarios under {@code scenarios/}, which are checked but are not part of the pack.
 */
record PackArchive(PackFiles pack, SortedMap<String, byte[]> scenarios) {

    static final int MAX_FILES = 200;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    static PackArchive read(byte[] zip) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().replace('\\', '/');
                if (name.startsWith("/") || List.of(name.split("/")).contains("..")) {
                    throw refused("압축 안의 경로가 올바르지 않습니다: " + name);
                }
                byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE));
                total += bytes.length;
                if (files.size() >= MAX_FILES || total > MAX_BYTES) {
                    throw refused("압축이 너무 큽니다 (파일 " + MAX_FILES + "개, " + MAX_BYTES / 1024 / 1024 + " MB까지)");
                }
                files.put(name, bytes);
            }
        } catch (IOException e) {
            throw refused("zip 압축을 읽을 수 없습니다: " + e.getMessage());
        }
        String root = root(files);
        SortedMap<String, byte[]> pack = new TreeMap<>();
        SortedMap<String, byte[]> scenarios = new TreeMap<>();
        files.forEach((name, bytes) -> {
            String rel = name.substring(root.length());
            if (rel.startsWith("scenarios/")) {
                scenarios.put(rel.substring("scenarios/".length()), bytes);
            } else {
                pack.put(rel, bytes);
            }
        });
        if (!pack.containsKey(PackFiles.DESCRIPTOR)) {
            throw refused("압축에 pack.yaml이 없습니다 (팩 폴더의 파일을 그대로, 또는 한 폴더에 담아 압축하세요)");
        }
        return new PackArchive(new PackFiles("upload", pack), scenarios);
    }

    /** "2025/" when every file sits in one top folder, else "". */
    private static String root(SortedMap<String, byte[]> files) {
        if (files.isEmpty() || files.containsKey(PackFiles.DESCRIPTOR)) {
            return "";
        }
        String first = files.firstKey();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        return files.keySet().stream().allMatch(n -> n.startsWith(top)) ? top : "";
    }

    private static PackRefusedException refused(String message) {
        return new PackRefusedException(PackRefusedException.Why.BAD_ARCHIVE, message, List.of());
    }
}
