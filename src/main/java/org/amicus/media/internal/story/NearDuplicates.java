package org.amicus.media.internal.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Finds a story whose fingerprint differs by at most {@link SimHash#NEAR} bits without comparing
 * with every story: the 64 bits are cut in four bands of 16, and two fingerprints that close share
 * at least one band exactly (pigeonhole), so only stories sharing a band are compared.
 */
final class NearDuplicates {

    private final List<Map<Integer, List<long[]>>> bands = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());

    synchronized void add(long storyId, long fingerprint) {
        long[] entry = { storyId, fingerprint };
        for (int b = 0; b < 4; b++) {
            bands.get(b).computeIfAbsent(band(fingerprint, b), k -> new ArrayList<>(2)).add(entry);
        }
    }

    synchronized OptionalLong find(long fingerprint) {
        for (int b = 0; b < 4; b++) {
            for (long[] e : bands.get(b).getOrDefault(band(fingerprint, b), List.of())) {
                if (SimHash.distance(e[1], fingerprint) <= SimHash.NEAR) {
                    return OptionalLong.of(e[0]);
                }
            }
        }
        return OptionalLong.empty();
    }

    synchronized void clear() {
        bands.forEach(Map::clear);
    }

    private static int band(long fingerprint, int b) {
        return (int) ((fingerprint >>> (16 * b)) & 0xFFFF);
    }
}
