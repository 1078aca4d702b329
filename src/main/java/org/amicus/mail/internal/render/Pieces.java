package org.amicus.mail.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A message assembled from its pieces into one array of exactly its size: a growing buffer copied
 * the message up to three times (two growths and the final copy), a twelfth of a mail worker's CPU.
 */
final class Pieces {

    private final List<byte[]> pieces = new ArrayList<>(12);
    private int length;

    Pieces add(byte[] piece) {
        pieces.add(piece);
        length += piece.length;
        return this;
    }

    Pieces ascii(String s) {
        return add(s.getBytes(StandardCharsets.US_ASCII));
    }

    byte[] toArray() {
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }
}
