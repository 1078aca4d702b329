package org.amicus.media.internal.story;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Phrases of whole words (names, lexicon entries) found in one pass over a text's words: a trie
 * keyed by word, so a word that starts no phrase costs one look-up, whatever the number of phrases.
 * Filled once, then read from many threads.
 */
final class Phrases<T> {

    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        T value;
    }

    /** The value of a phrase, given its words; the one already there if any. */
    T computeIfAbsent(String[] words, Supplier<T> value) {
        Node<T> node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (node.value == null) {
            node.value = value.get();
        }
        return node.value;
    }

    /** The values of every phrase in the words, at most {@code longest} words long, in order of start then length. */
    void find(String[] words, int longest, Consumer<T> found) {
        for (int i = 0; i < words.length; i++) {
            Node<T> node = root;
            for (int n = i; n < words.length && n - i < longest; n++) {
                node = node.next.get(words[n]);
                if (node == null) {
                    break;
                }
                if (node.value != null) {
                    found.accept(node.value);
                }
            }
        }
    }
}
